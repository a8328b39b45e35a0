package dev.retort.oracle.sets.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class OrderLineId implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long orderId;

    @Column(name = "line_number")
    private int lineNumber;

    protected OrderLineId() {}

    public OrderLineId(Long orderId, int lineNumber) {
        this.orderId = orderId;
        this.lineNumber = lineNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineId id && Objects.equals(orderId, id.orderId) && lineNumber == id.lineNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNumber);
    }
}
