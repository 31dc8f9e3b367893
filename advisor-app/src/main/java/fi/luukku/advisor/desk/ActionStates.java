package fi.luukku.advisor.desk;

import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;

/**
 * Which desk action is possible now: every action needs the service and an idle desk; calling needs a free
 * desk, the others a visit in the right state. Buttons bind to these and the actions check them.
 */
public final class ActionStates {
    private final ObservableBooleanValue online;
    private final ObservableBooleanValue busy;
    private final ObservableObjectValue<TicketDto> current;
    private final BooleanBinding canCallNext;
    private final BooleanBinding canCallChosen;
    private final BooleanBinding canRecall;
    private final BooleanBinding canStart;
    private final BooleanBinding canNoShow;
    private final BooleanBinding canPark;
    private final BooleanBinding canRefer;
    private final BooleanBinding canFinish;

    ActionStates(
            ObservableBooleanValue online,
            ObservableBooleanValue busy,
            ObservableObjectValue<TicketDto> current,
            ObservableObjectValue<TicketDto> selectedWaiting) {
        this.online = online;
        this.busy = busy;
        this.current = current;
        canCallNext = Bindings.createBooleanBinding(
                () -> online.get() && !busy.get() && current.get() == null, online, busy, current);
        canCallChosen = Bindings.createBooleanBinding(
                () -> canCallNext.get() && selectedWaiting.get() != null, canCallNext, selectedWaiting);
        canRecall = statusIs(TicketStatus.CALLED);
        canStart = statusIs(TicketStatus.CALLED);
        canNoShow = statusIs(TicketStatus.CALLED);
        canPark = statusIs(TicketStatus.CALLED, TicketStatus.SERVING);
        canRefer = statusIs(TicketStatus.CALLED, TicketStatus.SERVING);
        canFinish = statusIs(TicketStatus.CALLED, TicketStatus.SERVING);
    }

    private BooleanBinding statusIs(TicketStatus... statuses) {
        List<TicketStatus> allowed = List.of(statuses);
        return Bindings.createBooleanBinding(
                () -> online.get()
                        && !busy.get()
                        && current.get() != null
                        && allowed.contains(current.get().status()),
                online,
                busy,
                current);
    }

    public BooleanBinding canCallNext() {
        return canCallNext;
    }

    public BooleanBinding canCallChosen() {
        return canCallChosen;
    }

    public BooleanBinding canRecall() {
        return canRecall;
    }

    public BooleanBinding canStart() {
        return canStart;
    }

    public BooleanBinding canNoShow() {
        return canNoShow;
    }

    public BooleanBinding canPark() {
        return canPark;
    }

    public BooleanBinding canRefer() {
        return canRefer;
    }

    public BooleanBinding canFinish() {
        return canFinish;
    }
}
