package dev.retort.oracle.sets.shop;

import java.io.Serializable;
import java.util.Objects;

/** The {@code @IdClass} of {@link StockLevel}: the ids of its warehouse and its product. */
public class StockLevelId implements Serializable {

    private static final long serialVersionUID = 1L;

    private String warehouse;

    private Long product;

    public StockLevelId() {}

    public StockLevelId(String warehouse, Long product) {
        this.warehouse = warehouse;
        this.product = product;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StockLevelId id && Objects.equals(warehouse, id.warehouse)
                && Objects.equals(product, id.product);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouse, product);
    }
}
