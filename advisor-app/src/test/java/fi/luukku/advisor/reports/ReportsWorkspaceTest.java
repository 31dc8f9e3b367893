package fi.luukku.advisor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.i18n.Language;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reports workspace of an admin against the real service with recorded activity: the figures on screen are
 * the API's, for the period chosen with the controls; a national view drills to a point and on to a day and back;
 * an export writes the service's file where the chooser said.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsWorkspaceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Clock CLOCK = Clock.system(ZoneId.of("Europe/Helsinki"));
    private static RecordedActivity activity;

    @TempDir
    Path exportDir;

    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private FxTaskRunner runner;
    private ReportsWorkspace workspace;
    private LuukkuClient admin;
    private final Figures figures = new Figures(ReportTexts.of(Language.EN));

    @BeforeAll
    static void recordActivity() {
        activity = SharedReportsService.activity();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner("reports-test");
        RecordedActivity.Staff staff = activity.signIn("admin", null);
        admin = staff.client();
        workspace = new ReportsWorkspace(
                admin,
                staff.session(),
                Language.EN,
                runner,
                CLOCK,
                (name, description, extension) -> Optional.ofNullable(chosen.get()));
        Scene scene = new Scene((Parent) workspace.root(), 1366, 768);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        workspace.start();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private MetricsReportDto shown() {
        return workspace.viewModel().metricsProperty().get();
    }

    /** Waits until the workspace shows the report of this scope and period, and returns the API's answer. */
    private MetricsReportDto awaitShown(String scope, LocalDate from, LocalDate to) {
        await().atMost(PATIENCE).until(() -> {
            MetricsReportDto m = shown();
            return m != null
                    && m.scope().equals(scope)
                    && m.from().equals(from)
                    && m.to().equals(to)
                    && !workspace.viewModel().loadingProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return admin.metricsReport(scope, from, to, "en");
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void assertFiguresMatch(FxRobot robot, MetricsReportDto api) {
        MetricsReportDto.Visits v = api.totals().visits();
        assertThat(text(robot, "#figure-issued")).isEqualTo(figures.count(v.issued()));
        assertThat(text(robot, "#figure-served")).isEqualTo(figures.count(v.served()));
        assertThat(text(robot, "#figure-noShows")).isEqualTo(figures.count(v.noShows()));
        assertThat(text(robot, "#figure-meanWait")).isEqualTo(figures.duration(v.meanWaitSeconds()));
        assertThat(text(robot, "#figure-p90Wait")).isEqualTo(figures.duration(v.p90WaitSeconds()));
        assertThat(text(robot, "#figure-satisfaction"))
                .isEqualTo(figures.mean(api.totals().satisfaction().mean()));
        assertThat(text(robot, "#figure-answers"))
                .isEqualTo(figures.count(api.totals().satisfaction().answers()));
        assertThat(text(robot, "#figure-rightService"))
                .isEqualTo(figures.mean(api.totals().rightService().mean()));
    }

    @Test
    void theFiguresOfTheChosenPeriodAreTheApis(FxRobot robot) {
        LocalDate today = LocalDate.now(CLOCK);
        ReportPeriod month = ReportPeriod.of(ReportPeriod.Kind.MONTH, today);
        MetricsReportDto monthApi = awaitShown("national", month.from(), month.to());
        assertThat(monthApi.totals().visits().served()).isGreaterThanOrEqualTo(6);
        assertFiguresMatch(robot, monthApi);

        // "Day" in the period kind box, by keyboard: the list is Day, Week, Month, …
        robot.clickOn("#reports-period-kind");
        robot.push(KeyCode.UP).push(KeyCode.UP).push(KeyCode.ENTER);
        await().atMost(PATIENCE)
                .until(() -> workspace.viewModel().periodProperty().get().kind() == ReportPeriod.Kind.DAY);
        ReportPeriod day = workspace.viewModel().periodProperty().get();
        assertFiguresMatch(robot, awaitShown("national", day.from(), day.to()));
        robot.clickOn("#reports-next");
        ReportPeriod after = day.shift(1);
        assertFiguresMatch(robot, awaitShown("national", after.from(), after.to()));

        // any from–to: today alone, typed into the two date fields
        DatePicker from = robot.lookup("#reports-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#reports-to").queryAs(DatePicker.class);
        robot.doubleClickOn(from.getEditor())
                .eraseText(20)
                .write(from.getConverter().toString(today));
        robot.doubleClickOn(to.getEditor())
                .eraseText(20)
                .write(to.getConverter().toString(today));
        robot.clickOn("#reports-apply-range");
        MetricsReportDto dayApi = awaitShown("national", today, today);
        assertThat(workspace.viewModel().periodProperty().get().kind()).isEqualTo(ReportPeriod.Kind.RANGE);
        assertFiguresMatch(robot, dayApi);
        assertThat(dayApi.totals().visits().issued()).isGreaterThanOrEqualTo(7);

        // a reversed range is refused on the spot, and the figures stay
        robot.doubleClickOn(from.getEditor())
                .eraseText(20)
                .write(from.getConverter().toString(today.plusDays(1)));
        robot.clickOn("#reports-apply-range");
        assertThat(text(robot, "#reports-error"))
                .isEqualTo(ReportTexts.of(Language.EN).get("period.reversed"));
        assertThat(workspace.viewModel().periodProperty().get().from()).isEqualTo(today);
        assertFiguresMatch(robot, dayApi);
    }

    @Test
    void drillsFromTheNationToAPointToADayAndBack(FxRobot robot) {
        LocalDate today = LocalDate.now(CLOCK);
        ReportPeriod month = ReportPeriod.of(ReportPeriod.Kind.MONTH, today);
        awaitShown("national", month.from(), month.to());

        robot.clickOn("#tab-breakdown");
        @SuppressWarnings("unchecked")
        TableView<BreakdownTab.Row> parts = robot.lookup("#reports-breakdown").queryAs(TableView.class);
        BreakdownTab.Row mikkeli = parts.getItems().get(indexOf(parts, "point:" + RecordedActivity.POINT));
        robot.doubleClickOn(robot.from(parts)
                .lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() == mikkeli)
                .queryAs(TableRow.class));
        String point = "point:" + RecordedActivity.POINT;
        MetricsReportDto pointApi = awaitShown(point, month.from(), month.to());
        assertThat(text(robot, "#reports-where")).contains(pointApi.scopeName());
        robot.clickOn("#tab-overview");
        assertFiguresMatch(robot, pointApi);

        robot.clickOn("#tab-days");
        @SuppressWarnings("unchecked")
        TableView<MetricsReportDto.DayFigures> days =
                robot.lookup("#reports-days").queryAs(TableView.class);
        int todayRow = days.getItems().stream()
                .map(MetricsReportDto.DayFigures::day)
                .toList()
                .indexOf(today);
        assertThat(todayRow).isNotNegative();
        robot.interact(() -> {
            days.requestFocus();
            days.getSelectionModel().select(todayRow);
            days.scrollTo(todayRow);
        });
        robot.push(KeyCode.ENTER);
        MetricsReportDto dayApi = awaitShown(point, today, today);
        assertFiguresMatch(robot, dayApi);
        assertThat(dayApi.totals().visits().served()).isGreaterThanOrEqualTo(6);

        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        awaitShown(point, month.from(), month.to());
        robot.clickOn("#reports-back");
        awaitShown("national", month.from(), month.to());
        assertThat(workspace.viewModel().canGoBackProperty().get()).isFalse();
    }

    @Test
    void aSupervisorSeesTheirOwnPointOnly(FxRobot robot) {
        RecordedActivity.Staff supervisor = activity.signIn("supervisor", null);
        ReportsWorkspace[] own = new ReportsWorkspace[1];
        robot.interact(() -> {
            own[0] = new ReportsWorkspace(
                    supervisor.client(),
                    supervisor.session(),
                    Language.FI,
                    runner,
                    CLOCK,
                    (name, description, extension) -> Optional.empty());
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) own[0].root(), 1366, 768));
            stage.show();
            own[0].start();
        });
        String point = "point:" + RecordedActivity.POINT;
        ReportPeriod month = ReportPeriod.of(ReportPeriod.Kind.MONTH, LocalDate.now(CLOCK));
        await().atMost(PATIENCE).until(() -> {
            MetricsReportDto m = own[0].viewModel().metricsProperty().get();
            return m != null
                    && m.scope().equals(point)
                    && !own[0].viewModel().loadingProperty().get();
        });
        // their point and its authorities at the point, nothing else (ADR 0028)
        assertThat(own[0].viewModel().scopes()).extracting(s -> s.scope()).contains(point);
        assertThat(own[0].viewModel().scopes())
                .extracting(s -> s.scope())
                .allMatch(s -> s.equals(point) || s.startsWith(point + "/authority:"));
        MetricsReportDto api = supervisor.client().metricsReport(point, month.from(), month.to(), "fi");
        Figures fi = new Figures(ReportTexts.of(Language.FI));
        Label issued = (Label) own[0].root().lookup("#figure-issued");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(issued.getText()).isEqualTo(fi.count(api.totals().visits().issued()));
        robot.interact(() -> own[0].root().getScene().getWindow().hide());
    }

    private static int indexOf(TableView<BreakdownTab.Row> table, String scope) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (scope.equals(table.getItems().get(i).scope())) {
                return i;
            }
        }
        throw new AssertionError("no row opens " + scope + " in " + table.getItems());
    }

    @Test
    void anExportWritesTheServicesFileWhereTheChooserSaid(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now(CLOCK);
        ReportPeriod month = ReportPeriod.of(ReportPeriod.Kind.MONTH, today);
        awaitShown("national", month.from(), month.to());

        chosen.set(exportDir.resolve("billing"));
        robot.clickOn("#reports-export");
        robot.clickOn("Billing as PDF");
        Path pdf = exportDir.resolve("billing.pdf");
        await().atMost(PATIENCE).until(() -> Files.exists(pdf));
        byte[] body = Files.readAllBytes(pdf);
        assertThat(new String(body, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        await().atMost(PATIENCE)
                .until(() -> text(robot, "#reports-export-status").contains("billing.pdf"));

        chosen.set(exportDir.resolve("metrics.csv"));
        robot.clickOn("#reports-export");
        robot.clickOn("Metrics as CSV");
        Path csv = exportDir.resolve("metrics.csv");
        await().atMost(PATIENCE).until(() -> Files.exists(csv));
        byte[] expected = admin.exportReport(
                fi.luukku.core.api.report.ReportKind.METRICS,
                fi.luukku.core.api.report.ReportFormat.CSV,
                "national",
                month.from(),
                month.to(),
                "en");
        assertThat(Files.readAllBytes(csv)).isEqualTo(expected);
        try (var files = Files.list(exportDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("billing.pdf", "metrics.csv");
        }
    }
}
