package fi.luukku.advisor.drafts;

import java.util.Optional;

/**
 * Where what the advisor typed lives until the service has it: visit drafts by ticket, and free texts
 * (the incident description, a ticket's referral instructions) by name.
 */
public interface DraftStore {
    /** The name of a ticket's referral instructions among the texts. */
    static String referralText(String ticketId) {
        return "referral-" + ticketId;
    }

    /** The name of this desk's unsaved incident description among the texts. */
    String INCIDENT_TEXT = "incident";

    Optional<VisitDraft> load(String ticketId);

    void save(VisitDraft draft);

    /** Deletes the ticket's visit draft and its referral instructions. */
    void delete(String ticketId);

    Optional<String> loadText(String name);

    /** Keeps the text; an empty text deletes it. */
    void saveText(String name, String text);

    void deleteText(String name);
}
