package fi.luukku.display.desk;

import fi.luukku.display.board.DisplayView;
import fi.luukku.display.board.Fit;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.text.Texts;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/** Desk mode's screen: desk name, "now serving", the big number. Scaled from an 800×480 reference. */
public final class DeskView {
    private static final double W = 800;
    private static final double H = 480;

    private final DeskViewModel vm;
    private final StackPane root = new StackPane();
    private final VBox canvas = new VBox(8);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Label deskName = new Label();
    private final Label title = new Label();
    private final Label number = new Label();
    private final Label linkMark = new Label();

    public DeskView(DeskViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("desk-root");
        root.getStylesheets().add(DisplayView.STYLESHEET);
        root.setMinSize(0, 0);
        canvas.getStyleClass().add("desk-root");
        canvas.setAlignment(Pos.CENTER);
        canvas.setPrefSize(W, H);
        canvas.setMinSize(W, H);
        canvas.setMaxSize(W, H);
        canvas.getTransforms().add(scale);
        deskName.setId("deskName");
        title.setId("deskTitle");
        number.setId("deskNumber");
        number.getStyleClass().add("desk-number");
        linkMark.setId("linkMark");
        linkMark.getStyleClass().add("link-mark");
        canvas.getChildren().setAll(deskName, title, number, linkMark);
        root.getChildren().add(new Group(canvas));
    }

    private void initListeners() {
        vm.textsProperty().addListener((o, a, b) -> render());
        vm.deskNameProperty().addListener((o, a, b) -> render());
        vm.numberProperty().addListener((o, a, b) -> render());
        vm.linkProperty().addListener((o, a, b) -> render());
        vm.callSequenceProperty().addListener((o, a, b) -> flash());
        root.widthProperty().addListener((o, a, b) -> resize());
        root.heightProperty().addListener((o, a, b) -> resize());
        render();
    }

    private void resize() {
        double s = Math.min(root.getWidth() / W, root.getHeight() / H);
        if (s > 0) {
            scale.setX(s);
            scale.setY(s);
        }
    }

    private void render() {
        Texts t = vm.textsProperty().get();
        Fit.text(deskName, vm.deskNameProperty().get(), 56, true, W - 60);
        String n = vm.numberProperty().get();
        Fit.text(title, n == null ? t.get("desk.idle") : t.get("desk.nowServing"), 40, false, W - 60);
        Fit.text(number, n == null ? "" : n, 230, true, W - 60);
        number.setVisible(n != null);
        number.setManaged(n != null);
        LinkStatus l = vm.linkProperty().get();
        linkMark.setVisible(l != LinkStatus.LIVE);
        Fit.text(
                linkMark,
                "\u27f3 " + t.get(l == LinkStatus.CONNECTING ? "link.connecting" : "link.reconnecting"),
                22,
                false,
                W - 60);
    }

    private void flash() {
        FadeTransition blink = new FadeTransition(Duration.millis(280), number);
        blink.setFromValue(0.2);
        blink.setToValue(1);
        blink.setCycleCount(4);
        blink.play();
    }
}
