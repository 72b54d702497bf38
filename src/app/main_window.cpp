#include "app/main_window.h"

#include "app/appearance.h"
#include "app/curves/curves_workspace.h"
#include "app/export.h"
#include "app/language.h"
#include "app/mlp/mlp_workspace.h"
#include "app/softmax/softmax_workspace.h"
#include "app/summary/summary_workspace.h"
#include "ui_main_window.h"

#include <Eigen/Core>
#include <QActionGroup>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <qcustomplot.h>

namespace al {

namespace {

const char *const kWorkspaceIds[] = {"curves", "softmax", "mlp", "summary"};
constexpr int kSettingsFormat = 1;

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , ui_(std::make_unique<Ui::MainWindow>())
    , appearance_(new Appearance(this))
    , language_(new Language(this))
    , settings_(std::make_unique<QSettings>())
{
    ui_->setupUi(this);
    for (int i = 0; i < WorkspaceCount; ++i)
        new QListWidgetItem(ui_->workspaceList);
    retranslate();

    // Settings this app wrote carry format=1. A file without it (damaged, truncated, not ours) is
    // set aside as *.corrupt for the teacher to inspect, and this start uses the defaults.
    QString settingsProblem;
    const QString settingsPath = settings_->fileName();
    if (QFileInfo(settingsPath).size() > 0
        && settings_->value(QStringLiteral("format")).toInt() != kSettingsFormat) {
        settings_.reset();
        const QString aside = settingsPath + QStringLiteral(".corrupt");
        QFile::remove(aside);
        settingsProblem = QFile::rename(settingsPath, aside)
            ? tr(
                "The settings file could not be read; it was kept as %1 and the defaults are used.")
                  .arg(aside)
            : tr("The settings file %1 could not be read; the defaults are used this time.")
                  .arg(settingsPath);
        settings_ = std::make_unique<QSettings>();
        settingsUsable_ = QFile::exists(aside) || !QFile::exists(settingsPath);
        restoreSettings_ = false;
    }

    QAction *workspaceActions[]
        = {ui_->actionCurves, ui_->actionSoftmax, ui_->actionForward, ui_->actionSummary};
    auto *workspaceGroup = new QActionGroup(this);
    for (int i = 0; i < WorkspaceCount; ++i) {
        workspaceGroup->addAction(workspaceActions[i]);
        connect(workspaceActions[i], &QAction::triggered, this, [this, i] { showWorkspace(i); });
    }
    connect(ui_->workspaceList, &QListWidget::currentRowChanged, this, &MainWindow::showWorkspace);
    ui_->workspaceList->installEventFilter(this); // its font grows in presentation mode

    auto *themeGroup = new QActionGroup(this);
    const std::pair<QAction *, Appearance::Theme> themes[]
        = {{ui_->actionThemeSystem, Appearance::Theme::System},
            {ui_->actionThemeLight, Appearance::Theme::Light},
            {ui_->actionThemeDark, Appearance::Theme::Dark}};
    for (const auto &[action, theme] : themes) {
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, theme = theme] { appearance_->setTheme(theme); });
    }

    auto *languageGroup = new QActionGroup(this);
    languageGroup->addAction(ui_->actionChinese);
    languageGroup->addAction(ui_->actionEnglish);
    connect(ui_->actionChinese, &QAction::triggered, this,
        [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(ui_->actionEnglish, &QAction::triggered, this,
        [this] { setLanguage(QStringLiteral("en")); });
    connect(ui_->actionToggleLanguage, &QAction::triggered, this, [this] {
        setLanguage(
            language() == QLatin1String("zh_CN") ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    });
    ui_->actionPresentation->setShortcuts({QKeySequence(Qt::Key_F5)});
    connect(ui_->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
    auto *leavePresentation = new QAction(this);
    leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
    addAction(leavePresentation);
    connect(leavePresentation, &QAction::triggered, this, [this] {
        if (appearance_->presentation())
            setPresentation(false);
    });
    connect(ui_->actionExport, &QAction::triggered, this, &MainWindow::exportWithDialog);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // Remembered choices, then the command line over them.
    QSettings &s = *settings_;
    const QString theme
        = restoreSettings_ ? s.value(QStringLiteral("theme")).toString() : QString();
    (theme == QLatin1String("dark")           ? ui_->actionThemeDark
            : theme == QLatin1String("light") ? ui_->actionThemeLight
                                              : ui_->actionThemeSystem)
        ->trigger();
    QString code = options.language;
    if (code.isEmpty() && restoreSettings_)
        code = s.value(QStringLiteral("language")).toString();
    if (!Language::isKnown(code))
        code = Language::systemDefault();
    setLanguage(code);
    if (restoreSettings_)
        restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());

    int start = workspaceIndex(options.workspace);
    if (start < 0 && restoreSettings_)
        start = workspaceIndex(s.value(QStringLiteral("window/workspace")).toString());
    if (!options.activation.isEmpty()) {
        start = Curves;
        auto *curves = static_cast<CurvesWorkspace *>(workspace(Curves));
        if (!curves->selectActivation(options.activation))
            showStatus(
                tr("There is no activation called \"%1\"; showing %2.")
                    .arg(options.activation, QLatin1String(curves->state().spec().moduleName)));
    }
    showWorkspace(start < 0 ? Curves : start);
    if (options.presentation)
        ui_->actionPresentation->setChecked(true);
    if (!settingsProblem.isEmpty())
        showStatus(settingsProblem);
}

MainWindow::~MainWindow() = default;

int MainWindow::workspaceIndex(const QString &id)
{
    for (int i = 0; i < WorkspaceCount; ++i)
        if (id == QLatin1String(kWorkspaceIds[i]))
            return i;
    return -1;
}

QString MainWindow::workspaceId(int index)
{
    return QString::fromLatin1(kWorkspaceIds[index]);
}

Workspace *MainWindow::workspace(int index)
{
    if (index < 0 || index >= WorkspaceCount)
        return nullptr;
    if (workspaces_[static_cast<size_t>(index)])
        return workspaces_[static_cast<size_t>(index)];
    Workspace *built = nullptr;
    switch (index) {
    case Curves:
        built = new CurvesWorkspace(*appearance_, ui_->workspaceStack);
        break;
    case Softmax:
        built = new SoftmaxWorkspace(*appearance_, ui_->workspaceStack);
        break;
    case Forward:
        built = new MlpWorkspace(*appearance_, ui_->workspaceStack);
        break;
    case Summary: {
        auto *summary = new SummaryWorkspace(*appearance_, ui_->workspaceStack);
        connect(summary, &SummaryWorkspace::openActivation, this, [this](const QString &name) {
            showWorkspace(Curves);
            static_cast<CurvesWorkspace *>(workspace(Curves))->selectActivation(name);
        });
        built = summary;
        break;
    }
    default:
        return nullptr;
    }
    built->setObjectName(workspaceId(index) + QStringLiteral("Workspace"));
    if (restoreSettings_)
        built->restoreSettings(*settings_);
    connect(built, &Workspace::statusMessage, this, &MainWindow::showStatus);
    ui_->workspaceStack->addWidget(built);
    workspaces_[static_cast<size_t>(index)] = built;
    return built;
}

int MainWindow::currentWorkspace() const
{
    for (int i = 0; i < WorkspaceCount; ++i)
        if (workspaces_[static_cast<size_t>(i)]
            && ui_->workspaceStack->currentWidget() == workspaces_[static_cast<size_t>(i)])
            return i;
    return -1;
}

void MainWindow::showWorkspace(int index)
{
    Workspace *target = workspace(index);
    if (!target)
        return;
    ui_->workspaceStack->setCurrentWidget(target);
    {
        const QSignalBlocker block(ui_->workspaceList);
        ui_->workspaceList->setCurrentRow(index);
    }
    QAction *actions[]
        = {ui_->actionCurves, ui_->actionSoftmax, ui_->actionForward, ui_->actionSummary};
    actions[index]->setChecked(true);
    ui_->actionExport->setEnabled(true);
}

bool MainWindow::setLanguage(const QString &code)
{
    QString error;
    if (!language_->apply(code, &error)) {
        showStatus(error);
        return false;
    }
    (code == QLatin1String("zh_CN") ? ui_->actionChinese : ui_->actionEnglish)->setChecked(true);
    return true;
}

QString MainWindow::language() const
{
    return language_->current();
}

void MainWindow::setPresentation(bool on)
{
    if (on == appearance_->presentation())
        return;
    if (on) {
        statesBeforePresentation_ = windowState();
        appearance_->setPresentation(true);
        showFullScreen();
    } else {
        appearance_->setPresentation(false);
        setWindowState(statesBeforePresentation_);
    }
    const QSignalBlocker block(ui_->actionPresentation);
    ui_->actionPresentation->setChecked(on);
}

void MainWindow::retranslate()
{
    ui_->retranslateUi(this);
    const QString names[] = {tr("Curves"), tr("Softmax & dim"), tr("Forward pass"), tr("Summary")};
    for (int i = 0; i < WorkspaceCount; ++i)
        ui_->workspaceList->item(i)->setText(names[i]);
    ui_->actionChinese->setText(QStringLiteral("中文"));
    ui_->actionEnglish->setText(QStringLiteral("English"));
    ui_->actionToggleLanguage->setText(
        language() == QLatin1String("zh_CN") ? QStringLiteral("English") : QStringLiteral("中文"));
    fitNavigation();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui_->workspaceList && event->type() == QEvent::FontChange)
        fitNavigation();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitNavigation()
{
    // As wide as the longest name in this language and font: a wide workspace must not squeeze
    // the names into "Forward pas".
    QListWidget *list = ui_->workspaceList;
    list->setFixedWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth() + 8);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showStatus(const QString &message)
{
    ui_->statusBar->showMessage(message, 10000);
}

bool MainWindow::exportCurrent(const QString &path, QString *error)
{
    Workspace *current = workspace(currentWorkspace());
    if (!current) {
        *error = tr("Nothing to export.");
        return false;
    }
    if (!current->exportPlot() && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        *error = tr("This workspace has no plot; export its table as CSV.");
        return false;
    }
    return exportPlotFile(current->exportPlot(), current->exportCsv(), path, error);
}

void MainWindow::exportWithDialog()
{
    Workspace *current = workspace(currentWorkspace());
    if (!current)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString filters = current->exportPlot()
        ? tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)")
        : tr("CSV data (*.csv)");
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        folder + QLatin1Char('/') + current->exportBaseName(), filters, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const int star = selected.indexOf(QLatin1String("*."));
        path += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    QString error;
    if (exportCurrent(path, &error))
        showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Activation Lab"),
        tr("<h3>Activation Lab %1</h3>"
           "<p>The activation functions of PyTorch's torch.nn, for the classroom. Every number "
           "is computed as PyTorch computes it (float32, CPU).</p>"
           "<p>Qt %2 · QCustomPlot %3 · Eigen %4</p>")
            .arg(QStringLiteral(ACTIVATION_LAB_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QCUSTOMPLOT_VERSION_STR),
                QStringLiteral("%1.%2.%3")
                    .arg(EIGEN_WORLD_VERSION)
                    .arg(EIGEN_MAJOR_VERSION)
                    .arg(EIGEN_MINOR_VERSION)));
}

void MainWindow::saveSettings()
{
    if (!settingsUsable_)
        return;
    QSettings &s = *settings_;
    s.setValue(QStringLiteral("format"), kSettingsFormat);
    s.setValue(QStringLiteral("language"), language());
    s.setValue(QStringLiteral("theme"),
        appearance_->theme() == Appearance::Theme::Dark        ? QStringLiteral("dark")
            : appearance_->theme() == Appearance::Theme::Light ? QStringLiteral("light")
                                                               : QStringLiteral("system"));
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (currentWorkspace() >= 0)
        s.setValue(QStringLiteral("window/workspace"), workspaceId(currentWorkspace()));
    for (Workspace *w : workspaces_)
        if (w)
            w->saveSettings(s);
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (appearance_->presentation())
        setPresentation(false);
    saveSettings();
    event->accept();
}

} // namespace al
