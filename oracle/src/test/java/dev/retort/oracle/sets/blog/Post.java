package dev.retort.oracle.sets.blog;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "posts")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 160)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 20000)
    private String body;

    @ManyToOne(optional = false)
    private Author author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PostStatus status;

    @Enumerated(EnumType.ORDINAL)
    private Visibility visibility;

    private Instant publishedAt;

    @Version
    private int version;

    @ManyToMany
    @JoinTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    /** No {@code @JoinTable}: JPA's defaults name the table {@code Post_Category}. */
    @ManyToMany
    private Set<Category> categories = new HashSet<>();

    /** Search keywords: a set of values, with no column settings at all. */
    @ElementCollection
    private Set<String> keywords = new HashSet<>();

    /** Earlier titles, oldest first: a bag of values. */
    @ElementCollection
    private List<String> formerTitles = new ArrayList<>();

    @OneToMany(mappedBy = "post")
    private List<Comment> comments = new ArrayList<>();

    protected Post() {}

    public Post(Author author, String slug, String title) {
        this.author = author;
        this.slug = slug;
        this.title = title;
        this.status = PostStatus.DRAFT;
        this.visibility = Visibility.PUBLIC;
    }

    public void tag(Tag tag) {
        tags.add(tag);
        tag.getPosts().add(this);
    }
}
