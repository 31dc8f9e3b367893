package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.search.KnowledgeHit;
import fi.luukku.advisor.search.KnowledgeSearchViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The knowledge search's results (the query field sits in the top bar). */
final class KnowledgeSearchView {
    private final VBox root = new VBox(8);

    KnowledgeSearchView(KnowledgeSearchViewModel search, Texts texts) {
        root.setId("search-view");
        root.setPadding(new Insets(8));
        ListView<KnowledgeHit> results = new ListView<>(search.results());
        results.setId("search-results");
        results.getStyleClass().add("multi-line-list");
        VBox.setVgrow(results, Priority.ALWAYS);
        results.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(KnowledgeHit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label title = new Label(h.title());
                title.getStyleClass().add("hit-title");
                String kindKey = "kind." + h.kind();
                Label kind = new Label(texts.has(kindKey) ? texts.get(kindKey) : h.kind());
                kind.getStyleClass().add("muted");
                Label body = new Label(h.body() == null ? "" : h.body());
                body.setWrapText(true);
                body.maxWidthProperty().bind(results.widthProperty().subtract(40));
                Label contact = new Label(h.contact() == null ? "" : h.contact());
                setText(null);
                setGraphic(new VBox(2, new HBox(8, title, kind), body, contact));
            }
        });
        Label count = new Label();
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> texts.format(
                                "search.count",
                                search.results().size(),
                                search.indexedProperty().get()),
                        search.results(),
                        search.indexedProperty()));
        root.getChildren().addAll(count, results);
    }

    VBox root() {
        return root;
    }
}
