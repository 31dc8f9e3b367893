package fi.luukku.advisor.drafts;

import fi.luukku.core.concurrent.TaskRunner;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes typed texts to the draft store in the background, in the order they were typed. */
public final class TextKeeper {
    private static final Logger log = LoggerFactory.getLogger(TextKeeper.class);

    private final DraftStore store;
    private final TaskRunner runner;
    private final DraftWriter writer;

    public TextKeeper(DraftStore store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        this.writer = new DraftWriter(store, runner);
    }

    /** Keeps the text under the name (an empty text deletes it); writes of one name never overtake each other. */
    public void keep(String name, String text) {
        writer.saveText(name, text);
    }

    public void forget(String name) {
        keep(name, "");
    }

    /** Loads the text kept under the name and hands it over (UI thread) when there is one. */
    public void restore(String name, Consumer<String> onFound) {
        runner.run(
                () -> store.loadText(name).orElse(null),
                text -> {
                    if (text != null && !text.isBlank()) {
                        onFound.accept(text);
                    }
                },
                e -> log.warn("could not read the typed text {}", name, e));
    }
}
