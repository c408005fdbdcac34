// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyjob.h"

namespace lifeboat {

VerifyJob::VerifyJob(BackupEntry entry, VerifyOptions options, QObject *parent)
    : Job(parent)
    , m_entry(std::move(entry))
    , m_options(std::move(options))
{
}

void VerifyJob::work(JobControl &control)
{
    m_result = Verifier::verify(m_entry, m_options, control);
}

} // namespace lifeboat
