// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyjob.h"

namespace lifeboat {

VerifyJob::VerifyJob(BackupEntry entry, VerifyOptions options, QObject *parent)
    : Job(parent)
    , m_entry(std::move(entry))
    , m_options(std::move(options))
    , m_result(std::make_shared<Result<VerifyReport>>(
          fail(ErrorCode::Internal, Tr::tr("The verification has not run."))))
{
}

Job::Work VerifyJob::makeWork()
{
    return [entry = m_entry, options = m_options, result = m_result](JobControl &control) {
        *result = Verifier::verify(entry, options, control);
    };
}

} // namespace lifeboat
