package fi.luukku.kiosk.home;

import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.kiosk.needs.NeedsViewModel;
import fi.luukku.kiosk.session.KioskSession;
import fi.luukku.kiosk.session.Navigator;
import fi.luukku.kiosk.session.Screen;
import fi.luukku.kiosk.session.TicketDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "What do you need?": the authorities present at the point, life events, "I don't know" and "I have an
 * appointment". Choosing an authority with several services shows its services first.
 */
public final class HomeViewModel {
    private static final Set<String> RECEPTION_WORDS =
            Set.of("reception", "advice", "general", "neuvonta", "palveluneuvonta", "yleis", "info", "vastaanotto");

    private final KioskSession kiosk;
    private final Navigator navigator;
    private final TicketDelivery delivery;
    private final ObservableList<Choice> authorities = FXCollections.observableArrayList();
    private final ObservableList<Choice> lifeEvents = FXCollections.observableArrayList();
    private final ObservableList<Choice> services = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedAuthority = new ReadOnlyStringWrapper(this, "selectedAuthority");
    private final ReadOnlyStringWrapper selectedAuthorityName =
            new ReadOnlyStringWrapper(this, "selectedAuthorityName");

    private final ReadOnlyStringWrapper needsSummary = new ReadOnlyStringWrapper(this, "needsSummary", "");

    public HomeViewModel(KioskSession kiosk, Navigator navigator, TicketDelivery delivery) {
        this.kiosk = kiosk;
        this.navigator = navigator;
        this.delivery = delivery;
        // entering the screen: the needs just chosen, and the tiles in their latest order of use
        navigator.screenProperty().addListener((o, a, b) -> refresh());
        kiosk.catalogProperty().addListener((o, a, b) -> refresh());
        kiosk.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<Choice> authorities() {
        return authorities;
    }

    public ObservableList<Choice> lifeEvents() {
        return lifeEvents;
    }

    /** The services of the chosen authority (empty until one with several services is chosen). */
    public ObservableList<Choice> services() {
        return services;
    }

    public ReadOnlyStringProperty selectedAuthorityProperty() {
        return selectedAuthority.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedAuthorityNameProperty() {
        return selectedAuthorityName.getReadOnlyProperty();
    }

    /** The special support chosen so far, in the citizen's language ("" for none). */
    public ReadOnlyStringProperty needsSummaryProperty() {
        return needsSummary.getReadOnlyProperty();
    }

    private void refreshNeeds() {
        String s = NeedsViewModel.summary(kiosk);
        needsSummary.set(s.isEmpty() ? "" : kiosk.text("home.needsChosen", s));
    }

    private void refresh() {
        refreshNeeds();
        KioskCatalog c = kiosk.getCatalog();
        String lang = kiosk.getLanguage();
        if (c == null) {
            authorities.clear();
            lifeEvents.clear();
            services.clear();
            return;
        }
        List<Choice> a = new ArrayList<>();
        for (AuthorityDto auth : orderedAuthorities(c)) {
            if (!c.servicesOf(auth.id()).isEmpty()) {
                a.add(new Choice(auth.id(), auth.name().in(lang), auth.id()));
            }
        }
        authorities.setAll(kiosk.usage().ordered(a, x -> "authority:" + x.id()));
        lifeEvents.setAll(kiosk.usage()
                .ordered(
                        c.lifeEvents().stream()
                                .filter(e -> e.serviceId() != null
                                        && c.service(e.serviceId()).isPresent())
                                .map(e -> new Choice(e.id(), e.name().in(lang), e.icon()))
                                .toList(),
                        x -> "life:" + x.id()));
        String sel = selectedAuthority.get();
        if (sel != null) {
            showServicesOf(c, sel, lang);
        }
    }

    private static List<AuthorityDto> orderedAuthorities(KioskCatalog c) {
        List<String> order = c.point() != null && c.point().authorityIds() != null
                ? c.point().authorityIds()
                : List.of();
        List<AuthorityDto> sorted = new ArrayList<>(c.authorities());
        sorted.sort((x, y) -> Integer.compare(rank(order, x.id()), rank(order, y.id())));
        return sorted;
    }

    private static int rank(List<String> order, String id) {
        int i = order.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private void showServicesOf(KioskCatalog c, String authorityId, String lang) {
        services.setAll(c.servicesOf(authorityId).stream()
                .map(s -> new Choice(s.id(), s.name().in(lang), s.authorityId()))
                .toList());
        selectedAuthorityName.set(
                c.authority(authorityId).map(x -> x.name().in(lang)).orElse(""));
    }

    public void chooseAuthority(String authorityId) {
        kiosk.userActivity();
        KioskCatalog c = kiosk.getCatalog();
        List<ServiceDto> of = c.servicesOf(authorityId);
        if (of.size() == 1) {
            take("authority:" + authorityId, of.get(0));
            return;
        }
        selectedAuthority.set(authorityId);
        showServicesOf(c, authorityId, kiosk.getLanguage());
    }

    public void chooseService(String serviceId) {
        kiosk.userActivity();
        String authority = selectedAuthority.get();
        kiosk.getCatalog().service(serviceId).ifPresent(s -> take("authority:" + authority, s));
    }

    public void chooseLifeEvent(String lifeEventId) {
        kiosk.userActivity();
        KioskCatalog c = kiosk.getCatalog();
        c.lifeEvents().stream()
                .filter(e -> e.id().equals(lifeEventId))
                .map(LifeEventDto::serviceId)
                .findFirst()
                .flatMap(c::service)
                .ifPresent(s -> take("life:" + lifeEventId, s));
    }

    /** "I don't know what I need": the reception / general advice queue, where an advisor finds out. */
    public void dontKnow() {
        kiosk.userActivity();
        receptionService().ifPresent(s -> take("dont-know", s));
    }

    public Optional<ServiceDto> receptionService() {
        KioskCatalog c = kiosk.getCatalog();
        if (c == null || c.services().isEmpty()) {
            return Optional.empty();
        }
        String configured = kiosk.settings().receptionServiceId();
        if (configured != null) {
            Optional<ServiceDto> s = c.service(configured);
            if (s.isPresent()) {
                return s;
            }
        }
        for (ServiceDto s : c.services()) {
            if (looksLikeReception(s.authorityId()) || looksLikeReception(s.id())) {
                return Optional.of(s);
            }
        }
        return Optional.of(c.services().get(0));
    }

    private static boolean looksLikeReception(String id) {
        if (id == null) {
            return false;
        }
        String lower = id.toLowerCase(Locale.ROOT);
        return RECEPTION_WORDS.stream().anyMatch(lower::contains);
    }

    /** Issues and prints the ticket at once (the special support asked so far goes with it). */
    private void take(String choice, ServiceDto service) {
        kiosk.usage().used(choice);
        delivery.issueFor(service);
    }

    public void appointment() {
        kiosk.userActivity();
        navigator.show(Screen.APPOINTMENT);
    }

    /** The optional special-support step; its "done" comes back here. */
    public void specialSupport() {
        kiosk.userActivity();
        navigator.show(Screen.NEEDS);
    }

    public boolean feedbackAvailable() {
        return kiosk.feedback().available();
    }

    public void feedback() {
        kiosk.userActivity();
        kiosk.feedback().open(kiosk.getLanguage());
    }

    /** Back inside the home screen: from an authority's services to all authorities. */
    public boolean backWithin() {
        if (selectedAuthority.get() != null) {
            clear();
            return true;
        }
        return false;
    }

    public void clear() {
        selectedAuthority.set(null);
        selectedAuthorityName.set(null);
        services.clear();
    }
}
