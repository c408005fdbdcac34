// SPDX-License-Identifier: GPL-3.0-or-later
//
// lifeboat-gui-probe open FOLDER | verify SET
//
// How responsive the desktop app stays under load, for scripts/dev.sh bench:
// the longest the GUI thread went without serving its event loop while a
// folder of backups is opened (and how long until the first rows show), or
// while a backup is verified. A 5 ms timer ticks throughout; a stall is the
// longest gap between two ticks beyond those 5 ms. Prints one JSON object.
// Not a test: it asserts nothing, the benchmark compares it with its target.

#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

// The longest gap between ticks of a fast timer, while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(m_intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart() - m_intervalMs);
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return std::max<qint64>(0, m_longest); }

private:
    const int m_intervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(1) != "open"_L1 && args.at(1) != "verify"_L1)) {
        std::fprintf(stderr, "usage: lifeboat-gui-probe open FOLDER | verify SET\n");
        return 2;
    }
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &ui::MainWindow::backupsShown);
    QJsonObject result{{u"operation"_s, args.at(1)}};

    if (args.at(1) == "open"_L1) {
        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        window.openLocation(args.at(2));
        if (!shown.wait(600000))
            return 1;
        result.insert(u"first_rows_ms"_s, clock.elapsed());
        result.insert(u"rows"_s, window.backupModel()->rowCount());
        // The window settles: the inspector reads the selected backup.
        QTest::qWait(500);
        result.insert(u"max_stall_ms"_s, meter.longestMs());
    } else {
        window.openLocation(args.at(2));
        if (!shown.wait(600000) || window.backupModel()->rowCount() == 0)
            return 1;
        QTest::qWait(200);
        QSignalSpy verified(&window, &ui::MainWindow::verificationFinished);
        StallMeter meter;
        window.verifySelected();
        if (!verified.wait(600000))
            return 1;
        result.insert(u"verified"_s, verified.constFirst().constFirst().toBool());
        result.insert(u"max_stall_ms"_s, meter.longestMs());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
