// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjob.h"

namespace lifeboat {

BackupJob::BackupJob(BackupRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

void BackupJob::work(JobControl &control)
{
    m_result = BackupWriter::run(m_request, control);
}

} // namespace lifeboat
