package fi.luukku.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.device.escpos.EscPosDecoder;
import fi.luukku.core.device.printer.PrinterModel;
import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.core.device.printer.QrImages;
import fi.luukku.core.device.printer.TicketImageRenderer;
import fi.luukku.core.device.printer.TicketLayout;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.session.FeedbackLauncher;
import fi.luukku.kiosk.session.KioskSettings;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.shell.KioskShellView;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.kiosk.testing.FakeBackend;
import fi.luukku.kiosk.testing.Fx;
import fi.luukku.kiosk.testing.RecordingPrinter;
import fi.luukku.ui.testing.ContrastChecks;
import fi.luukku.ui.testing.LayoutChecks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Renders every kiosk screen in every language at 1920×1080, 1080×1920 and 1280×1024, normal and in high contrast,
 * and checks that no text is cut off (no ellipsis, nothing outside the window), that every text has at least
 * 4.5:1 contrast against what is drawn behind it, and that the home screen's main choices fit without scrolling.
 * Writes the pictures (1920×1080, and every size in high contrast) to target/screenshots, and to the directory
 * named by the system property {@code kiosk.screenshots.dir} (the docs) when given.
 */
class KioskScreenshotsTest {
    private static final int[][] SIZES = {{1920, 1080}, {1080, 1920}, {1280, 1024}};
    private static final List<String> MAIN_SHOTS = List.of("start", "home", "needs", "ticket");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Fx.run(() -> fi.luukku.ui.Theme.install(false)); // the look the real app has
    }

    record Shot(String name, Consumer<KioskViewModel> setUp) {}

    static List<Shot> shots() {
        return List.of(
                new Shot("start", vm -> {}),
                new Shot("home", vm -> vm.show(Screen.HOME)),
                new Shot("services", vm -> {
                    vm.show(Screen.HOME);
                    vm.home().chooseAuthority("kela");
                }),
                new Shot("appointment", vm -> {
                    vm.show(Screen.APPOINTMENT);
                    for (char c : "ABC12".toCharArray()) {
                        vm.appointment().type(c);
                    }
                }),
                new Shot("needs", vm -> {
                    vm.home().specialSupport();
                    vm.needsScreen().toggle(SpecialNeed.HEARING);
                    vm.needsScreen().chooseInterpreterLanguage("ar");
                }),
                new Shot("home-with-needs", vm -> {
                    vm.home().specialSupport();
                    vm.needsScreen().toggle(SpecialNeed.MORE_TIME);
                    vm.needsScreen().done();
                }),
                new Shot("ticket", vm -> {
                    vm.home().chooseAuthority("kela");
                    vm.home().chooseService("kela-unemployment");
                }),
                new Shot("ticket-not-printed", vm -> {
                    ((RecordingPrinter) vm.printer()).status = new PrinterStatus(true, true, false, true, true);
                    vm.home().chooseAuthority("police");
                }),
                new Shot("ticket-offline", vm -> {
                    ((FakeBackend) vm.backend()).online = false;
                    vm.home().chooseAuthority("police");
                }),
                new Shot("help", vm -> {
                    vm.show(Screen.HOME);
                    vm.requestHelp();
                }),
                new Shot("staff", vm -> {
                    vm.staff().openPanel();
                    vm.staff().digit(2);
                }));
    }

    /**
     * The full set (what docs/screenshots shows) when asked for with {@code -Dkiosk.screenshots.all=true} or when
     * pictures are written to the docs; otherwise the screens where layout goes wrong first (the tile grids and
     * the special-support screen) in every language and size, and the main screens in high contrast, so the
     * check stays fast enough for every build.
     */
    static boolean fullSet() {
        return Boolean.getBoolean("kiosk.screenshots.all") || System.getProperty("kiosk.screenshots.dir") != null;
    }

    private static final List<String> ALWAYS_EVERY_SIZE = List.of("home", "needs");
    private static final List<String> ALWAYS_HIGH_CONTRAST = List.of("home", "ticket");

    static boolean wanted(String shot, int[] size, boolean contrast) {
        if (fullSet()) {
            return contrast ? size == SIZES[0] : size == SIZES[0] || MAIN_SHOTS.contains(shot);
        }
        return contrast ? size == SIZES[0] && ALWAYS_HIGH_CONTRAST.contains(shot) : ALWAYS_EVERY_SIZE.contains(shot);
    }

    @Test
    void everyScreenInEveryLanguageAndOrientationShowsAllItsText() throws Exception {
        Messages messages = new Messages();
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        String docs = System.getProperty("kiosk.screenshots.dir");
        List<String> problems = new ArrayList<>();
        int written = 0;
        for (int[] size : SIZES) {
            for (boolean contrast : new boolean[] {false, true}) {
                for (var lang : messages.languages()) {
                    for (Shot shot : shots()) {
                        if (!wanted(shot.name(), size, contrast)) {
                            continue; // high contrast: at the common landscape size; other sizes: main choices
                        }
                        FakeBackend backend = new FakeBackend();
                        RecordingPrinter printer = new RecordingPrinter();
                        String file = "kiosk-" + shot.name() + "-" + lang.code() + (contrast ? "-high-contrast" : "")
                                + "-" + size[0] + "x" + size[1] + ".png";
                        BufferedImage img = Fx.call(() -> {
                            KioskViewModel vm = new KioskViewModel(
                                    backend,
                                    printer,
                                    new CurrentThreadTaskRunner(),
                                    messages,
                                    KioskSettings.defaults("kiosk-1").withStaffPin("2580"),
                                    new MutableClock(Instant.parse("2026-11-22T08:00:00Z")),
                                    FeedbackLauncher.NONE,
                                    () -> {});
                            vm.loadCatalog();
                            vm.setLanguage(lang.code());
                            KioskShellView view = new KioskShellView(vm);
                            Scene scene = new Scene(view.createView(), size[0], size[1]);
                            view.install(scene);
                            vm.highContrastProperty().set(contrast);
                            shot.setUp().accept(vm);
                            Stage stage = new Stage();
                            stage.setScene(scene);
                            stage.show();
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                            WritableImage snap = scene.snapshot(null);
                            for (String p : LayoutChecks.cutOff(scene)) {
                                problems.add(file + ": " + p);
                            }
                            for (String p : ContrastChecks.lowContrast(scene, snap)) {
                                problems.add(file + ": contrast " + p);
                            }
                            if (shot.name().equals("home")
                                    && scene.lookup("#screen-home") instanceof ScrollPane sp
                                    && sp.getContent().getLayoutBounds().getHeight()
                                            > sp.getViewportBounds().getHeight() + 1) {
                                problems.add(file + ": the home screen needs scrolling ("
                                        + Math.round(sp.getContent()
                                                .getLayoutBounds()
                                                .getHeight()) + " > "
                                        + Math.round(sp.getViewportBounds().getHeight()) + ")");
                            }
                            stage.close();
                            return toAwt(snap);
                        });
                        boolean faulty = problems.stream().anyMatch(p -> p.startsWith(file));
                        if (fullSet() && (size == SIZES[0] || contrast)) {
                            write(img, file, target, docs);
                        } else if (faulty) {
                            write(img, file, target, null); // to see what the finding means
                        }
                        written++;
                        if (fullSet() && shot.name().equals("ticket") && size == SIZES[0] && !contrast) {
                            // the paper ticket itself, as the simulated printer draws it from the ESC/POS bytes
                            byte[] bytes =
                                    new TicketLayout(PrinterModel.EPSON_TM_T88, null).encode(printer.printed.get(0));
                            BufferedImage paper =
                                    new TicketImageRenderer(576).render(new EscPosDecoder().decode(bytes));
                            assertThat(QrImages.decode(paper)).isPresent();
                            write(
                                    paper,
                                    "kiosk-printed-ticket-" + lang.code() + "-" + paper.getWidth() + "x"
                                            + paper.getHeight() + ".png",
                                    target,
                                    docs);
                        }
                    }
                }
            }
        }
        if (fullSet()) {
            assertThat(written)
                    .isEqualTo((2 * shots().size() + (SIZES.length - 1) * MAIN_SHOTS.size())
                            * messages.languages().size());
        } else {
            assertThat(written)
                    .isEqualTo((SIZES.length * ALWAYS_EVERY_SIZE.size() + ALWAYS_HIGH_CONTRAST.size())
                            * messages.languages().size());
        }
        assertThat(problems).isEmpty();
    }

    private static void write(BufferedImage img, String file, Path target, String docs) throws java.io.IOException {
        ImageIO.write(img, "png", target.resolve(file).toFile());
        if (docs != null) {
            Files.createDirectories(Path.of(docs));
            ImageIO.write(img, "png", Path.of(docs).resolve(file).toFile());
        }
    }

    private static BufferedImage toAwt(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }
}
