// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobcontrol.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lifeboat::cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LifeboatCli)
};

// The exit codes of the CLI contract.
enum ExitCode : int {
    ExitOk = 0,
    ExitProblem = 1,  // ran, and found or met a problem
    ExitUsage = 2,    // bad usage or unreadable input
    ExitRefused = 3,  // refused before changing anything
    ExitCancelled = 130,
};

int exitCodeFor(ErrorCode code);

// Says an error as the contract asks, with --json also as {"ok": false,
// "error": …} on stdout, and returns its exit code. Each line on stderr
// begins with the prefix.
int reportError(const Error &error, bool json, const QString &prefix);

// Broken into lines of at most width columns (a Hangul or CJK character takes
// two), each after the first indented.
QString wrapped(const QString &text, qsizetype width, qsizetype indent);

// Shared by every command: --json, output helpers, progress on a terminal.
class Command
{
public:
    Command(QString name, QString summary, QString synopsis, QString examples);
    virtual ~Command() = default;

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }
    int main(const QStringList &arguments);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int run(QCommandLineParser &parser) = 0;

    bool json() const { return m_json; }
    void printJson(const QJsonObject &object) const;
    void print(const QString &text) const;   // stdout, human output
    void warn(const QString &text) const;    // stderr
    // Reports an error the way the output mode asks and returns its exit code.
    int failWith(const Error &error);
    int usageError(const QString &message);

    // A JobControl whose progress goes to stderr when stderr is a terminal,
    // and that Ctrl-C cancels.
    JobControl &control();
    void endProgress();

private:
    QString m_name;
    QString m_summary;
    QString m_synopsis;
    QString m_examples;
    bool m_json = false;
    std::unique_ptr<JobControl> m_control;
    bool m_progressShown = false;
};

std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeListCommand();
std::unique_ptr<Command> makeInspectCommand();
std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeRecoverCommand();
std::unique_ptr<Command> makeGuardCommand();
std::unique_ptr<Command> makePruneCommand();
std::unique_ptr<Command> makeJournalCommand();
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeScheduleCommand();

QString formatSize(qint64 bytes);
QString formatLocalTime(const QDateTime &time);

} // namespace lifeboat::cli
