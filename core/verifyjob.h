// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "verifier.h"

namespace lifeboat {

// Verifier::verify of one backup as a Job.
class VerifyJob : public Job
{
    Q_OBJECT
public:
    VerifyJob(BackupEntry entry, VerifyOptions options, QObject *parent = nullptr);
    const Result<VerifyReport> &result() const { return m_result; }

protected:
    void work(JobControl &control) override;

private:
    BackupEntry m_entry;
    VerifyOptions m_options;
    Result<VerifyReport> m_result = fail(ErrorCode::Internal, Tr::tr("The verification has not run."));
};

} // namespace lifeboat
