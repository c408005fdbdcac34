// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupwriter.h"
#include "job.h"

namespace lifeboat {

// BackupWriter::run as a Job.
class BackupJob : public Job
{
    Q_OBJECT
public:
    explicit BackupJob(BackupRequest request, QObject *parent = nullptr);
    const Result<BackupReport> &result() const { return m_result; }

protected:
    void work(JobControl &control) override;

private:
    BackupRequest m_request;
    Result<BackupReport> m_result = fail(ErrorCode::Internal, Tr::tr("The backup has not run."));
};

} // namespace lifeboat
