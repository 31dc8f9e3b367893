package fi.luukku.display.desk;

import fi.luukku.core.api.DeskDto;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.live.CallEntry;
import fi.luukku.core.live.LiveState;
import fi.luukku.display.board.DisplayStore;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.text.LanguageRotation;
import fi.luukku.display.text.Texts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Desk mode: a small screen above one desk showing the number called to it (or being served there), the
 * desk's name, and the link state. The number clears when the customer's visit ends.
 */
public final class DeskViewModel {
    private final DisplayStore store;
    private final String deskId;
    private final LanguageRotation rotation;
    private final boolean languagesFixed;
    private final Clock clock;

    private final ReadOnlyStringWrapper deskName = new ReadOnlyStringWrapper(this, "deskName", "");
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper(this, "number", null);
    private final ReadOnlyLongWrapper callSequence = new ReadOnlyLongWrapper(this, "callSequence");
    private final ReadOnlyObjectWrapper<Texts> texts = new ReadOnlyObjectWrapper<>(this, "texts");
    private final ReadOnlyObjectWrapper<LinkStatus> link =
            new ReadOnlyObjectWrapper<>(this, "link", LinkStatus.CONNECTING);
    private CallEntry shown;

    public DeskViewModel(
            DisplayStore store, String deskId, List<Language> languages, Duration languagePeriod, Clock clock) {
        this.store = store;
        this.deskId = Objects.requireNonNull(deskId);
        this.languagesFixed = languages != null && !languages.isEmpty();
        this.rotation = new LanguageRotation(languages, languagePeriod);
        this.clock = clock;
        texts.set(rotation.texts());
        store.addListener(this::changed);
        refresh();
    }

    public ReadOnlyStringProperty deskNameProperty() {
        return deskName.getReadOnlyProperty();
    }

    /** The number at this desk, or null when nobody is called to it. */
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    /** Grows with every call or recall to this desk (the view flashes on it). */
    public ReadOnlyLongProperty callSequenceProperty() {
        return callSequence.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LinkStatus> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public String deskId() {
        return deskId;
    }

    /** Moves the language rotation on. */
    public void tick() {
        if (rotation.tick(clock.instant())) {
            refresh();
        }
    }

    private void changed(DisplayStore.Change change) {
        if (change.reload() && !languagesFixed && change.state().point() != null) {
            rotation.setLanguages(LanguageRotation.parse(change.state().point().languages()));
        }
        for (CallEntry c : change.newCalls()) {
            if (deskId.equals(c.deskId())) {
                callSequence.set(callSequence.get() + 1);
            }
        }
        link.set(store.link());
        refresh();
    }

    private void refresh() {
        Texts t = rotation.texts();
        texts.set(t);
        LiveState s = store.state();
        DeskDto d = store.desks().get(deskId);
        deskName.set(d != null && d.name() != null ? d.name().in(t.language().code()) : t.get("desk.unknown", deskId));
        Optional<CallEntry> cur = s.currentAtDesk(deskId);
        shown = cur.orElse(null);
        number.set(shown == null ? null : shown.number());
    }
}
