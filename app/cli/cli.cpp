// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "restorerecovery.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>
#include <numeric>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

std::atomic<JobControl *> interruptible{nullptr};

void onInterrupt(int)
{
    if (JobControl *c = interruptible.load())
        c->cancel();
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void writeJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

QString wrapped(const QString &text, qsizetype width, qsizetype indent)
{
    const auto columns = [](const QString &word) {
        return std::accumulate(word.cbegin(), word.cend(), qsizetype(0),
                               [](qsizetype n, QChar c) { return n + (c.unicode() >= 0x1100 ? 2 : 1); });
    };
    QString out;
    qsizetype line = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line > 0 && line + 1 + columns(word) > width) {
            out += u'\n' + QString(indent, u' ');
            line = 0;
        } else if (line > 0) {
            out += u' ';
            ++line;
        }
        out += word;
        line += columns(word);
    }
    return out;
}

namespace {

// A command's help: its summary and usage, then Qt's list of options and
// arguments under our own headings (Qt's are not translated), each
// description wrapped as wrapped() does, where Qt counts a Hangul character
// as one column.
QString helpFor(const QString &summary, const QString &usage, const QString &qtHelp)
{
    // The usage is broken between options, never inside one's brackets.
    QString unbroken = usage;
    for (qsizetype i = 0, depth = 0; i < unbroken.size(); ++i) {
        depth += unbroken.at(i) == u'[' ? 1 : unbroken.at(i) == u']' ? -1 : 0;
        if (depth > 0 && unbroken.at(i) == u' ')
            unbroken[i] = QChar(0xa0);
    }
    QStringList out{wrapped(summary, 80, 0), QString(), wrapped(unbroken, 76, 4).replace(QChar(0xa0), u' '),
                    QString()};
    QStringList lines = qtHelp.split(u'\n');
    lines.remove(0, std::max<qsizetype>(0, lines.indexOf(u"Options:"_s)));
    static const QRegularExpression entry(u"^(  \\S.*?  +)(\\S.*)$"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line == "Options:"_L1) {
            out << Tr::tr("Options:");
            continue;
        }
        if (line == "Arguments:"_L1) {
            out << Tr::tr("Arguments:");
            continue;
        }
        const QRegularExpressionMatch m = entry.match(line);
        if (!m.hasMatch()) {
            out << line;
            continue;
        }
        const qsizetype column = m.capturedLength(1);
        QString description = m.captured(2);
        while (i + 1 < lines.size() && lines.at(i + 1).size() > column
               && lines.at(i + 1).left(column).trimmed().isEmpty())
            description += u' ' + lines.at(++i).trimmed();
        out << m.captured(1) + wrapped(description, 80 - column, column);
    }
    return out.join(u'\n').trimmed();
}

} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::NotReadable:
    case ErrorCode::NotADatabase:
    case ErrorCode::InvalidManifest:
    case ErrorCode::Unsupported:
        return ExitUsage;
    case ErrorCode::NotWritable:
    case ErrorCode::Busy:
        return ExitRefused;
    case ErrorCode::Cancelled:
        return ExitCancelled;
    case ErrorCode::Corrupt:
    case ErrorCode::DiskFull:
    case ErrorCode::ToolFailed:
    case ErrorCode::Internal:
        return ExitProblem;
    }
    return ExitProblem;
}

QString formatSize(qint64 bytes)
{
    if (bytes < 0)
        return u"-"_s;
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatLocalTime(const QDateTime &time)
{
    if (!time.isValid())
        return u"-"_s;
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

Command::Command(QString name, QString summary, QString synopsis, QString examples)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
    , m_synopsis(std::move(synopsis))
    , m_examples(std::move(examples))
{
}

int Command::main(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption jsonOption(
        u"json"_s, Tr::tr("Print one JSON document on stdout and nothing else there."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    addOptions(parser);
    // Asked for, a usage error is JSON too, though the parser never finished.
    m_json = arguments.contains(u"--json"_s);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    m_json = parser.isSet(jsonOption);
    if (parser.isSet(helpOption)) {
        print(helpFor(m_summary, Tr::tr("Usage: lifeboat-cli %1 %2").arg(m_name, m_synopsis), parser.helpText())
              + u"\n\n"_s + Tr::tr("Examples:") + u'\n' + m_examples + u'\n');
        return ExitOk;
    }
    // A restore that never ended is said at every run until it is settled;
    // on stderr, and never in --json output.
    if (!m_json && m_name != "recover"_L1) {
        for (const InterruptedRestore &r : RestoreRecovery::pending())
            warn(Tr::tr("Warning: the restore from %1 started %2 was interrupted. Run \"lifeboat-cli "
                        "recover\" to finish or undo it.")
                     .arg(r.backup, formatLocalTime(r.startedAt))
                 + u'\n');
    }
    const int code = run(parser);
    endProgress();
    interruptible.store(nullptr);
    return code;
}

void Command::printJson(const QJsonObject &object) const
{
    writeJson(object);
}

void Command::print(const QString &text) const
{
    writeTo(stdout, text);
}

void Command::warn(const QString &text) const
{
    writeTo(stderr, text);
}

int reportError(const Error &error, bool json, const QString &prefix)
{
    if (json) {
        QJsonObject e{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, error.message}};
        if (!error.path.isEmpty())
            e.insert(u"path"_s, error.path);
        writeJson(QJsonObject{{u"ok"_s, false}, {u"error"_s, e}});
    }
    writeTo(stderr, prefix + error.message + u'\n');
    return exitCodeFor(error.code);
}

int Command::failWith(const Error &error)
{
    endProgress();
    return reportError(error, m_json, u"lifeboat-cli %1: "_s.arg(m_name));
}

int Command::usageError(const QString &message)
{
    return failWith(Error{ErrorCode::InvalidArgument,
                          message + u' ' + Tr::tr("See \"lifeboat-cli %1 --help\".").arg(m_name),
                          {}});
}

JobControl &Command::control()
{
    if (!m_control) {
        const bool terminal = ::isatty(STDERR_FILENO);
        m_control = std::make_unique<JobControl>(
            [this, terminal](const Progress &p) {
                if (!terminal)
                    return;
                QString line;
                if (p.bytesTotal > 0)
                    line = u"[%1%] "_s.arg(int(100.0 * p.fraction()), 3);
                line += p.description;
                if (p.bytesTotal > 0)
                    line += u"  "_s + formatSize(std::min(p.bytesDone, p.bytesTotal)) + u" / "_s
                            + formatSize(p.bytesTotal);
                writeTo(stderr, u"\r\x1b[K"_s + line);
                m_progressShown = true;
            },
            200);
        interruptible.store(m_control.get());
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    return *m_control;
}

void Command::endProgress()
{
    if (m_progressShown) {
        writeTo(stderr, u"\r\x1b[K"_s);
        m_progressShown = false;
    }
}

} // namespace lifeboat::cli
