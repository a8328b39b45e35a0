package dev.retort.oracle.sets.columns;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;

/** Property access: the mapping is on the getters, and the fields' names do not matter. */
@Entity
@Table(name = "departments")
@Access(AccessType.PROPERTY)
public class Department {

    private Long key;
    private String title;
    private String costCentre;
    private BigDecimal budget;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long getId() {
        return key;
    }

    public void setId(Long id) {
        this.key = id;
    }

    @Column(name = "name", nullable = false, length = 60)
    public String getName() {
        return title;
    }

    public void setName(String name) {
        this.title = name;
    }

    @Column(length = 10)
    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    @Column(precision = 14, scale = 2)
    public BigDecimal getAnnualBudget() {
        return budget;
    }

    public void setAnnualBudget(BigDecimal budget) {
        this.budget = budget;
    }

    @Transient
    public BigDecimal getMonthlyBudget() {
        return budget == null ? null : budget.divide(BigDecimal.valueOf(12), java.math.RoundingMode.HALF_EVEN);
    }
}
