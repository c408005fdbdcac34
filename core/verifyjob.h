// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "verifier.h"

#include <memory>

namespace lifeboat {

// Verifier::verify of one backup as a Job.
class VerifyJob : public Job
{
    Q_OBJECT
public:
    VerifyJob(BackupEntry entry, VerifyOptions options, QObject *parent = nullptr);
    // Valid once finished() has been emitted.
    const Result<VerifyReport> &result() const { return *m_result; }

protected:
    Work makeWork() override;

private:
    BackupEntry m_entry;
    VerifyOptions m_options;
    std::shared_ptr<Result<VerifyReport>> m_result;
};

} // namespace lifeboat
