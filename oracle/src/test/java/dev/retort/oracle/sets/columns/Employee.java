package dev.retort.oracle.sets.columns;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

@Entity
@Table(name = "employees", comment = "People on the payroll")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Every attribute of {@code @Column} that shapes DDL at once. */
    @Column(name = "employee_number", nullable = false, unique = true, length = 12, insertable = true,
            updatable = false, comment = "Payroll number; never reused")
    private String employeeNumber;

    @NotNull
    @Size(min = 1, max = 60)
    private String firstName;

    @NotNull
    @Size(max = 80)
    private String lastName;

    /** Bean Validation alone: {@code @Size(max)} is the length. */
    @Size(max = 120)
    private String jobTitle;

    @Basic(optional = false)
    @Column(length = 40)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EmploymentStatus status;

    @Column(precision = 10, scale = 2)
    private BigDecimal salary;

    @Digits(integer = 3, fraction = 2)
    private BigDecimal bonusPercent;

    @Min(0)
    @Max(40)
    private int holidayDays;

    @Column(columnDefinition = "text")
    private String notes;

    /**
     * A type Retort knows, spelled in {@code columnDefinition}. Not {@code char(2)}: Hibernate's own validation refuses
     * that on a String, since PostgreSQL reports it as CHAR and Hibernate expects VARCHAR.
     */
    @Column(name = "country_code", columnDefinition = "varchar(2)")
    private String countryCode;

    /** A Character is {@code char(1)}. */
    private Character payGrade;

    @Lob
    private String biography;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] photo;

    @Temporal(TemporalType.DATE)
    private Date hiredOn;

    @Temporal(TemporalType.TIMESTAMP)
    private Date lastLogin;

    @Temporal(TemporalType.TIME)
    private Date shiftStartsAt;

    @Convert(converter = PhoneNumberConverter.class)
    @Column(length = 32)
    private PhoneNumber phone;

    @Convert(converter = MinutesConverter.class)
    private Duration weeklyHours;

    /** Converted by {@link EmailAddressConverter} without a {@code @Convert}. */
    @Column(length = 120)
    private EmailAddress workEmail;

    /** An enum converted by {@link ShiftCode} without a {@code @Convert}: no check of its names or ordinals. */
    @Column(length = 1)
    private Shift usualShift;

    /** The same converter on a collection's elements. */
    @ElementCollection
    @Column(length = 1)
    private Set<Shift> availableShifts;

    /** Written by the database (a trigger), never by the application. */
    @Column(insertable = false, updatable = false)
    private Instant lastChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department homeDepartment;

    @Version
    private Integer version;

    @Transient
    private String displayName;

    protected Employee() {}

    public Employee(String employeeNumber, String firstName, String lastName) {
        this.employeeNumber = employeeNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.status = EmploymentStatus.ACTIVE;
    }

    public String getDisplayName() {
        if (displayName == null) {
            displayName = firstName + " " + lastName;
        }
        return displayName;
    }
}
