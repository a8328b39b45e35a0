package dev.retort.oracle.sets.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many of a product a warehouse holds; keyed by both (derived identity through {@code @IdClass}). */
@Entity
@Table(name = "stock_levels")
@IdClass(StockLevelId.class)
public class StockLevel {

    @Id
    @ManyToOne
    @JoinColumn(name = "warehouse_code")
    private Warehouse warehouse;

    @Id
    @ManyToOne
    @JoinColumn(name = "product_id")
    private Product product;

    private int onHand;

    private int reserved;

    @Version
    private long version;

    protected StockLevel() {}

    public StockLevel(Warehouse warehouse, Product product) {
        this.warehouse = warehouse;
        this.product = product;
    }

    public int available() {
        return onHand - reserved;
    }
}
