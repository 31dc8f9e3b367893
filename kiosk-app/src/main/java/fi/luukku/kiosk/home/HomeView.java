package fi.luukku.kiosk.home;

import fi.luukku.kiosk.ui.I18n;
import fi.luukku.kiosk.ui.TileGrid;
import fi.luukku.kiosk.ui.Ui;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "What do you need?": "I don't know" and "I have an appointment" first, then authority and life-event tiles with
 * pictograms (most used first). One tap on a tile prints the ticket; special support is one optional button.
 */
public final class HomeView {
    private static final double MIN_TILE_WIDTH = 260;
    private static final double MIN_TILE_HEIGHT = 86;
    private final HomeViewModel vm;
    private final I18n i18n;
    private final ObservableBooleanValue catalogMissing;

    public HomeView(HomeViewModel vm, I18n i18n, ObservableBooleanValue catalogMissing) {
        this.vm = vm;
        this.i18n = i18n;
        this.catalogMissing = catalogMissing;
    }

    public Region createView() {
        Label title = Ui.label(i18n.text("home.title"), "title-text", "home-title");

        Button dontKnow = Ui.iconButton(
                "dont-know", i18n.text("home.dontKnow"), "dont-know", vm::dontKnow, "big-choice", "accent");
        Button appointment = Ui.iconButton(
                "appointment", i18n.text("home.appointment"), "appointment", vm::appointment, "big-choice");
        Button support = Ui.iconButton(
                "special-support", i18n.text("home.specialSupport"), "support", vm::specialSupport, "big-choice");
        for (Button b : new Button[] {dontKnow, appointment, support}) {
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(0);
            b.setPrefWidth(10); // the three share the row equally, whatever their texts
        }
        HBox big = new HBox(16, dontKnow, appointment, support);

        Label needs = Ui.label(vm.needsSummaryProperty(), "needs-summary");
        needs.setId("needs-summary");
        needs.visibleProperty().bind(vm.needsSummaryProperty().isNotEmpty());
        needs.managedProperty().bind(needs.visibleProperty());

        Label loading = Ui.label(i18n.text("home.loading"), "subtitle-text");
        loading.visibleProperty().bind(catalogMissing);
        loading.managedProperty().bind(catalogMissing);

        Label authTitle = Ui.label(i18n.text("home.authorities"), "section-title");
        TileGrid authorities = tiles(vm.authorities(), "authority-", vm::chooseAuthority);
        VBox authBox = new VBox(4, authTitle, authorities);
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
        TileGrid services = tiles(vm.services(), "service-", vm::chooseService);
        VBox servicesBox = new VBox(4, servicesTitle, services);
        servicesBox.visibleProperty().bind(vm.selectedAuthorityProperty().isNotNull());
        servicesBox.managedProperty().bind(servicesBox.visibleProperty());

        Label lifeTitle = Ui.label(i18n.text("home.lifeEvents"), "section-title");
        TileGrid life = tiles(vm.lifeEvents(), "life-", vm::chooseLifeEvent);
        VBox lifeBox = new VBox(4, lifeTitle, life);
        lifeBox.visibleProperty()
                .bind(Bindings.isNotEmpty(vm.lifeEvents())
                        .and(vm.selectedAuthorityProperty().isNull()));
        lifeBox.managedProperty().bind(lifeBox.visibleProperty());

        VBox root = new VBox(8, title, big, needs, loading, authBox, servicesBox, lifeBox);
        if (vm.feedbackAvailable()) {
            Button feedback = Ui.button("feedback", i18n.text("home.feedback"), vm::feedback);
            FlowPane row = new FlowPane(feedback);
            row.setAlignment(Pos.CENTER);
            root.getChildren().add(row);
        }
        root.setPadding(new Insets(8, 24, 8, 24));
        root.setAlignment(Pos.TOP_CENTER);
        return Ui.scroll(root);
    }

    private static TileGrid tiles(ObservableList<Choice> choices, String idPrefix, Consumer<String> action) {
        // as many columns as fit at the minimum width, the tiles sharing the row; every tile as tall as the
        // longest name wraps to at the width it gets (never lower than two lines under the pictogram)
        TileGrid grid = new TileGrid(MIN_TILE_WIDTH, MIN_TILE_HEIGHT, 10);
        Runnable fill = () -> grid.setTiles(choices.stream()
                .map(c -> (Node) Ui.tile(idPrefix + c.id(), c.label(), c.icon(), () -> action.accept(c.id())))
                .toList());
        choices.addListener((ListChangeListener<Choice>) ch -> fill.run());
        fill.run();
        return grid;
    }
}
