package fi.luukku.kiosk.home;

import fi.luukku.kiosk.ui.I18n;
import fi.luukku.kiosk.ui.Ui;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** "What do you need?": the two always-present choices, then authority and life-event tiles. */
public final class HomeView {
    private static final double MIN_TILE_WIDTH = 420;
    private final HomeViewModel vm;
    private final I18n i18n;
    private final javafx.beans.value.ObservableBooleanValue catalogMissing;

    public HomeView(HomeViewModel vm, I18n i18n, javafx.beans.value.ObservableBooleanValue catalogMissing) {
        this.vm = vm;
        this.i18n = i18n;
        this.catalogMissing = catalogMissing;
    }

    public Region createView() {
        Label title = Ui.label(i18n.text("home.title"), "title-text");

        Button dontKnow = Ui.button("dont-know", i18n.text("home.dontKnow"), vm::dontKnow, "big-choice", "accent");
        Button appointment = Ui.button("appointment", i18n.text("home.appointment"), vm::appointment, "big-choice");
        HBox.setHgrow(dontKnow, Priority.ALWAYS);
        HBox.setHgrow(appointment, Priority.ALWAYS);
        dontKnow.setMaxWidth(Double.MAX_VALUE);
        appointment.setMaxWidth(Double.MAX_VALUE);
        HBox big = new HBox(24, dontKnow, appointment);

        Label loading = Ui.label(i18n.text("home.loading"), "subtitle-text");
        loading.visibleProperty().bind(catalogMissing);
        loading.managedProperty().bind(catalogMissing);

        Label authTitle = Ui.label(i18n.text("home.authorities"), "section-title");
        TilePane authorities = tiles(vm.authorities(), "authority-", vm::chooseAuthority);
        VBox authBox = new VBox(12, authTitle, authorities);
        authBox.visibleProperty().bind(vm.selectedAuthorityProperty().isNull());
        authBox.managedProperty().bind(authBox.visibleProperty());

        Label servicesTitle = new Label();
        servicesTitle.getStyleClass().add("section-title");
        servicesTitle.setWrapText(true);
        servicesTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.now(
                                "home.services",
                                String.valueOf(
                                        vm.selectedAuthorityNameProperty().get())),
                        vm.selectedAuthorityNameProperty(),
                        i18n.language()));
        TilePane services = tiles(vm.services(), "service-", vm::chooseService);
        VBox servicesBox = new VBox(12, servicesTitle, services);
        servicesBox.visibleProperty().bind(vm.selectedAuthorityProperty().isNotNull());
        servicesBox.managedProperty().bind(servicesBox.visibleProperty());

        Label lifeTitle = Ui.label(i18n.text("home.lifeEvents"), "section-title");
        TilePane life = tiles(vm.lifeEvents(), "life-", vm::chooseLifeEvent);
        VBox lifeBox = new VBox(12, lifeTitle, life);
        lifeBox.visibleProperty()
                .bind(Bindings.isNotEmpty(vm.lifeEvents())
                        .and(vm.selectedAuthorityProperty().isNull()));
        lifeBox.managedProperty().bind(lifeBox.visibleProperty());

        VBox root = new VBox(28, title, big, loading, authBox, servicesBox, lifeBox);
        if (vm.feedbackAvailable()) {
            Button feedback = Ui.button("feedback", i18n.text("home.feedback"), vm::feedback);
            root.getChildren().add(feedback);
        }
        root.setPadding(new Insets(24, 32, 24, 32));
        root.setAlignment(Pos.TOP_CENTER);
        return Ui.scroll(root);
    }

    private static TilePane tiles(ObservableList<Choice> choices, String idPrefix, Consumer<String> action) {
        TilePane pane = new TilePane(16, 16);
        pane.setMinWidth(0);
        pane.setPrefWidth(0);
        pane.setPrefTileWidth(MIN_TILE_WIDTH);
        pane.setPrefTileHeight(112);
        // as many columns as fit at the minimum width, then the tiles share the row: long names get room
        pane.widthProperty().addListener((o, was, w) -> {
            double width = w.doubleValue()
                    - pane.getInsets().getLeft()
                    - pane.getInsets().getRight();
            int columns = Math.max(1, (int) ((width + pane.getHgap()) / (MIN_TILE_WIDTH + pane.getHgap())));
            pane.setPrefTileWidth(Math.floor((width - (columns - 1) * pane.getHgap()) / columns));
        });
        pane.setTileAlignment(Pos.CENTER);
        pane.setAlignment(Pos.TOP_LEFT);
        Runnable fill = () -> pane.getChildren()
                .setAll(choices.stream()
                        .map(c ->
                                (javafx.scene.Node) Ui.tile(idPrefix + c.id(), c.label(), () -> action.accept(c.id())))
                        .toList());
        choices.addListener((ListChangeListener<Choice>) ch -> fill.run());
        fill.run();
        return pane;
    }
}
