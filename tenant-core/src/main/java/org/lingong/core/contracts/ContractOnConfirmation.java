package org.lingong.core.contracts;

import org.lingong.core.orders.OrderStatus;
import org.lingong.core.orders.OrderStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes an order's contract when both sides have confirmed it, in the confirmation's own transaction. */
@Component
class ContractOnConfirmation {

    private final Contracts contracts;

    ContractOnConfirmation(Contracts contracts) {
        this.contracts = contracts;
    }

    @EventListener
    void on(OrderStatusChanged change) {
        if (change.to() == OrderStatus.CONFIRMED) {
            contracts.generateFor(change.orderId());
        }
    }
}
