package dev.retort.oracle.sets.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "members", indexes = @Index(name = "ix_members_last_name", columnList = "lastName, firstName"))
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String firstName;

    @Column(nullable = false, length = 60)
    private String lastName;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "card_number", nullable = false, unique = true, length = 16)
    private String cardNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MembershipTier tier;

    @Column(nullable = false)
    private LocalDate joinedOn;

    private LocalDate expiresOn;

    private int maxLoans;

    protected Member() {}

    public Member(String firstName, String lastName, String email, String cardNumber, LocalDate joinedOn) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.cardNumber = cardNumber;
        this.joinedOn = joinedOn;
        this.tier = MembershipTier.STANDARD;
        this.maxLoans = 5;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public MembershipTier getTier() {
        return tier;
    }

    public void upgradeTo(MembershipTier tier) {
        this.tier = tier;
        this.maxLoans = tier == MembershipTier.PREMIUM ? 12 : 5;
    }
}
