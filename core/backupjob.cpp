// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjob.h"

namespace lifeboat {

BackupJob::BackupJob(BackupRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
    , m_result(std::make_shared<Result<BackupReport>>(
          fail(ErrorCode::Internal, Tr::tr("The backup has not run."))))
{
}

Job::Work BackupJob::makeWork()
{
    return [request = m_request, result = m_result](JobControl &control) {
        *result = BackupWriter::run(request, control);
    };
}

} // namespace lifeboat
