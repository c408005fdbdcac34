// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupwriter.h"
#include "job.h"

#include <memory>

namespace lifeboat {

// BackupWriter::run as a Job.
class BackupJob : public Job
{
    Q_OBJECT
public:
    explicit BackupJob(BackupRequest request, QObject *parent = nullptr);
    // Valid once finished() has been emitted.
    const Result<BackupReport> &result() const { return *m_result; }

protected:
    Work makeWork() override;

private:
    BackupRequest m_request;
    std::shared_ptr<Result<BackupReport>> m_result;
};

} // namespace lifeboat
