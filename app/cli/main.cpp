// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lifeboat::cli;

namespace {

void installTranslations(QCoreApplication &app)
{
    auto *ours = new QTranslator(&app);
    if (lifeboat::loadTranslation(*ours, QLocale(), {u":/i18n"_s}))
        QCoreApplication::installTranslator(ours);
}

// Up to the first full stop that ends a sentence, not the one in "manifest.json".
QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(". "_L1);
    QString first = end < 0 ? text : text.left(end);
    if (first.endsWith(u'.'))
        first.chop(1);
    return first;
}

QString overview(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = Tr::tr("lifeboat-cli %1: backups, restore drills and restores of local "
                          "application data.")
                       .arg(QCoreApplication::applicationVersion())
                   + u"\n\n"_s + Tr::tr("Usage: lifeboat-cli COMMAND [OPTIONS]") + u"\n\n"_s
                   + Tr::tr("Commands:") + u'\n';
    for (const auto &c : commands)
        text += u"  %1  %2\n"_s.arg(c->name(), -8).arg(wrapped(firstSentence(c->summary()), 68, 12));
    text += u'\n'
            + wrapped(Tr::tr("Every command takes --json and --help. Exit codes: 0 done and sound, "
                             "1 a problem was found, 2 bad usage or unreadable input, 3 refused "
                             "before changing anything, 130 cancelled."),
                      80, 0)
            + u"\n\n"_s + Tr::tr("Examples:") + u'\n'
            + u"  lifeboat-cli backup --db data/lrl.db --assets data/assets --out backups\n"
              "  lifeboat-cli list backups\n"
              "  lifeboat-cli inspect backups/lrl-20260114_120000\n"
              "  lifeboat-cli verify backups/lrl-20260114_120000\n"
              "  lifeboat-cli restore backups/lrl-20260114_120000 --dry-run\n"_s;
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"lifeboat"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    installTranslations(app);

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeBackupCommand());
    commands.push_back(makeListCommand());
    commands.push_back(makeInspectCommand());
    commands.push_back(makeVerifyCommand());
    commands.push_back(makeRestoreCommand());
    commands.push_back(makeRecoverCommand());
    commands.push_back(makePruneCommand());
    commands.push_back(makeGuardCommand());
    commands.push_back(makeJournalCommand());
    commands.push_back(makeStatusCommand());
    commands.push_back(makeScheduleCommand());

    const QStringList args = QCoreApplication::arguments();
    const QString name = args.value(1);
    if (name.isEmpty() || name == "--help"_L1 || name == "-h"_L1 || name == "help"_L1) {
        const QByteArray text = overview(commands).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), name.isEmpty() ? stderr : stdout);
        return name.isEmpty() ? ExitUsage : ExitOk;
    }
    if (name == "--version"_L1) {
        std::printf("lifeboat-cli %s\n", LIFEBOAT_VERSION);
        return ExitOk;
    }
    for (const auto &c : commands) {
        if (c->name() == name)
            return c->main(QStringList{args.first() + u' ' + name} + args.mid(2));
    }
    const QString message = Tr::tr("lifeboat-cli: unknown command \"%1\". Run \"lifeboat-cli "
                                   "--help\" for the list.")
                                .arg(name);
    return reportError(lifeboat::Error{lifeboat::ErrorCode::InvalidArgument, message, {}},
                       args.contains(u"--json"_s), {});
}
