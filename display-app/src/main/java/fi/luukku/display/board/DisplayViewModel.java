package fi.luukku.display.board;

import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.live.CallEntry;
import fi.luukku.core.live.LiveState;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.sound.Announcement;
import fi.luukku.display.sound.Announcer;
import fi.luukku.display.text.LanguageRotation;
import fi.luukku.display.text.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lobby board's view model: turns the {@link DisplayStore}'s state into what the wall shows (the call in
 * the spotlight, the previous calls with their desks, the queues with waits, the point's name, clock and
 * info line) in the language currently on turn, and announces each call when it takes the spotlight. Driven
 * by the store's changes and by {@link #tick()} (the app calls it a few times a second).
 */
public final class DisplayViewModel {
    /** A previous call: number and desk; {@code fresh} while it still waits for its turn in the spotlight. */
    public record CallRow(String ticketId, String number, String desk, boolean appointment, boolean fresh) {}

    /** A queue as the lobby reads it. */
    public record QueueRow(
            String queueId, String prefix, String name, int waiting, String waitText, String appointmentsText) {}

    /** The call in the spotlight; {@code sequence} grows with every new call (the view animates on it). */
    public record Spotlight(String number, String desk, boolean appointment, boolean recall, long sequence) {
        public boolean isEmpty() {
            return number == null;
        }
    }

    private static final int MAX_ROWS = 12;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final DisplayStore store;
    private final CallSpotlight spotlight;
    private final Announcer announcer;
    private final LanguageRotation rotation;
    private final boolean languagesFixed;
    private final Duration infoPeriod;
    private final Clock clock;

    private final ReadOnlyStringWrapper pointName = new ReadOnlyStringWrapper(this, "pointName", "");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", "");
    private final ReadOnlyStringWrapper infoText = new ReadOnlyStringWrapper(this, "infoText", "");
    private final ReadOnlyObjectWrapper<Texts> texts = new ReadOnlyObjectWrapper<>(this, "texts");
    private final ReadOnlyObjectWrapper<Spotlight> current =
            new ReadOnlyObjectWrapper<>(this, "spotlight", new Spotlight(null, null, false, false, 0));
    private final ReadOnlyObjectWrapper<LinkStatus> link =
            new ReadOnlyObjectWrapper<>(this, "link", LinkStatus.CONNECTING);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ObservableList<CallRow> calls = FXCollections.observableArrayList();
    private final ObservableList<QueueRow> queues = FXCollections.observableArrayList();
    // one wrapper each, kept: a wrapper listens to its list weakly, so a new one per call could be collected
    private final ObservableList<CallRow> callsView = FXCollections.unmodifiableObservableList(calls);
    private final ObservableList<QueueRow> queuesView = FXCollections.unmodifiableObservableList(queues);

    private int infoIndex;
    private Instant infoSwitchAt;

    /**
     * @param languages the languages to rotate through; empty means the point's own languages
     */
    public DisplayViewModel(
            DisplayStore store,
            CallSpotlight spotlight,
            Announcer announcer,
            List<Language> languages,
            Duration languagePeriod,
            Duration infoPeriod,
            Clock clock) {
        this.store = store;
        this.spotlight = spotlight;
        this.announcer = announcer;
        this.languagesFixed = languages != null && !languages.isEmpty();
        this.rotation = new LanguageRotation(languages, languagePeriod);
        this.infoPeriod = infoPeriod;
        this.clock = clock;
        texts.set(rotation.texts());
        store.addListener(this::changed);
        tick();
    }

    // ---- properties ---------------------------------------------------------------------------

    public ReadOnlyStringProperty pointNameProperty() {
        return pointName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** The staff's message on turn (the info carousel); a welcome text when they set none. */
    public ReadOnlyStringProperty infoTextProperty() {
        return infoText.getReadOnlyProperty();
    }

    /** The static texts in the language on turn. */
    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Spotlight> spotlightProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LinkStatus> linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** False until the first snapshot arrived. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Previous calls, newest first, without the one in the spotlight. */
    public ObservableList<CallRow> calls() {
        return callsView;
    }

    public ObservableList<QueueRow> queues() {
        return queuesView;
    }

    public Language language() {
        return rotation.current();
    }

    // ---- commands -----------------------------------------------------------------------------

    /** Moves time on: clock, language rotation, info carousel, and the spotlight's hold-time queue. */
    public void tick() {
        Instant now = clock.instant();
        ZoneId zone = zone();
        clockText.set(CLOCK.format(now.atZone(zone)));
        Texts t = rotation.texts();
        dateText.set(
                DateTimeFormatter.ofPattern(t.get("date.pattern"), t.language().locale())
                        .format(now.atZone(zone)));
        boolean refresh = false;
        if (rotation.tick(now)) {
            refresh = true;
        }
        Optional<CallEntry> moved = spotlight.advance(now);
        if (moved.isPresent()) {
            announce(moved.get());
            refresh = true;
        }
        if (infoSwitchAt == null) {
            infoSwitchAt = now.plus(infoPeriod);
        } else if (!now.isBefore(infoSwitchAt)) {
            infoIndex++;
            infoSwitchAt = now.plus(infoPeriod);
            refresh = true;
        }
        if (refresh) {
            refresh();
        }
    }

    // ---- folding the store's changes ------------------------------------------------------------

    private void changed(DisplayStore.Change change) {
        LiveState s = change.state();
        link.set(store.link());
        if (change.reload()) {
            if (!languagesFixed && s.point() != null) {
                rotation.setLanguages(LanguageRotation.parse(s.point().languages()));
            }
            java.util.Set<String> missed =
                    change.newCalls().stream().map(CallEntry::ticketId).collect(Collectors.toSet());
            spotlight.reset(s.recentCalls().stream()
                    .filter(c -> !missed.contains(c.ticketId()))
                    .findFirst()
                    .orElse(null));
            Instant now = clock.instant();
            for (CallEntry c : change.newCalls()) {
                if (spotlight.offer(c, now)) {
                    announce(c);
                }
            }
            ready.set(s.isLoaded());
        } else {
            Instant now = clock.instant();
            for (CallEntry c : change.newCalls()) {
                if (spotlight.offer(c, now)) {
                    announce(c);
                }
            }
            Set<String> onBoard =
                    s.recentCalls().stream().map(CallEntry::ticketId).collect(Collectors.toSet());
            for (CallEntry p : spotlight.pending()) {
                if (!onBoard.contains(p.ticketId())) {
                    spotlight.remove(p.ticketId());
                }
            }
            spotlight.current().ifPresent(c -> {
                if (!onBoard.contains(c.ticketId())) {
                    // the shown customer was sent back or elsewhere: show the newest call that still stands
                    spotlight.reset(s.recentCalls().stream()
                            .filter(r -> spotlight.pending().stream()
                                    .noneMatch(p -> p.ticketId().equals(r.ticketId())))
                            .findFirst()
                            .orElse(null));
                }
            });
        }
        refresh();
    }

    /** The calls already announced (ticket id → its recall count), so a reload racing a live event never chimes twice. */
    private final java.util.Map<String, Integer> announced = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Integer> eldest) {
            return size() > 500;
        }
    };

    private void announce(CallEntry c) {
        Integer before = announced.put(c.ticketId(), c.recalls());
        if (before != null && before == c.recalls()) {
            return; // this very call (not a recall) was announced already
        }
        DeskDto d = store.desks().get(c.deskId());
        LocalizedText name = d != null ? d.name() : null;
        LiveState s = store.state();
        List<Language> spoken =
                s.point() == null ? List.of() : LanguageRotation.parse(s.point().languages());
        announcer.announce(new Announcement(c.number(), c.deskId(), name, c.recalls() > 0, spoken));
    }

    private void refresh() {
        LiveState s = store.state();
        Texts t = rotation.texts();
        texts.set(t);
        String lang = t.language().code();
        pointName.set(s.point() == null ? "" : s.point().name().in(lang));

        Optional<CallEntry> cur = spotlight.current();
        current.set(cur.map(c -> new Spotlight(
                        c.number(), deskName(c.deskId(), t), c.appointment(), c.recalls() > 0, spotlight.sequence()))
                .orElse(new Spotlight(null, null, false, false, spotlight.sequence())));

        Set<String> pending =
                spotlight.pending().stream().map(CallEntry::ticketId).collect(Collectors.toSet());
        String curId = cur.map(CallEntry::ticketId).orElse(null);
        List<CallRow> rows = new ArrayList<>();
        for (CallEntry c : s.recentCalls()) {
            if (c.ticketId().equals(curId)) {
                continue;
            }
            rows.add(new CallRow(
                    c.ticketId(),
                    c.number(),
                    deskName(c.deskId(), t),
                    c.appointment(),
                    pending.contains(c.ticketId())));
            if (rows.size() == MAX_ROWS) {
                break;
            }
        }
        if (!rows.equals(calls)) {
            calls.setAll(rows);
        }

        List<QueueRow> qs = new ArrayList<>();
        List<QueueDto> ordered = new ArrayList<>(s.queues());
        // queues with people or appointments first: they are what the lobby wants to know
        ordered.sort(java.util.Comparator.comparing(q -> q.waiting() <= 0 && q.appointmentsDue() <= 0));
        for (QueueDto q : ordered) {
            qs.add(new QueueRow(
                    q.id(),
                    q.prefix(),
                    q.name() == null ? q.prefix() : q.name().in(lang),
                    q.waiting(),
                    t.estimatedWait(q),
                    q.appointmentsDue() > 0 ? t.get("appointments.due", q.appointmentsDue()) : ""));
        }
        if (!qs.equals(queues)) {
            queues.setAll(qs);
        }

        List<InfoMessageDto> info = s.infoMessages();
        if (info.isEmpty()) {
            infoText.set(t.get("info.none"));
        } else {
            InfoMessageDto m = info.get(Math.floorMod(infoIndex, info.size()));
            infoText.set(m.text() == null ? "" : m.text().in(lang));
        }
    }

    private String deskName(String deskId, Texts t) {
        DeskDto d = deskId == null ? null : store.desks().get(deskId);
        if (d != null && d.name() != null) {
            return d.name().in(t.language().code());
        }
        return t.get("desk.unknown", deskId == null ? "" : deskId);
    }

    private ZoneId zone() {
        LiveState s = store.state();
        try {
            if (s.point() != null && s.point().timeZone() != null) {
                return ZoneId.of(s.point().timeZone());
            }
        } catch (RuntimeException e) {
            // unknown zone: Finland's
        }
        return ZoneId.of("Europe/Helsinki");
    }
}
