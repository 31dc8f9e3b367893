package fi.luukku.service.tracking;

/**
 * What the citizen's phone page shows, and the whole of the public status answer: no ids, no tracking code, no
 * special needs, no notes. {@code view} holds the same facts as ready sentences in the page's language.
 *
 * @param state the ticket's state ({@code WAITING}, {@code CALLED}, …)
 * @param open true while the ticket still waits or is being served (the page then polls often)
 * @param position people ahead in the queue, null unless waiting
 * @param estimateMinutes the ticket's estimated wait in whole minutes, null unless waiting
 * @param transferred true when the ticket was moved from the queue it was issued for into another one
 */
public record TrackingStatus(
        String number,
        String state,
        boolean open,
        String point,
        String service,
        String desk,
        Integer position,
        Integer estimateMinutes,
        boolean transferred,
        String lang,
        View view) {

    /**
     * The sentences of the page, each null when it does not apply. {@code announce} is what a screen reader
     * says when it changes: the state, the desk and a transfer, never the moving position.
     */
    public record View(
            String state,
            String service,
            String desk,
            String position,
            String estimate,
            String advice,
            String announce) {}
}
