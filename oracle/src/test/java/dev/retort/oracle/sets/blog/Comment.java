package dev.retort.oracle.sets.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A comment on a post, or a reply to another comment (a self-reference). */
@Entity
@Table(name = "comments", indexes = @Index(name = "ix_comments_post_time", columnList = "post_id, postedAt"))
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Comment parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("postedAt")
    private List<Comment> replies = new ArrayList<>();

    @Column(nullable = false, length = 80)
    private String authorName;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(nullable = false)
    private Instant postedAt;

    private boolean approved;

    @Version
    private Long version;

    protected Comment() {}

    public Comment(Post post, String authorName, String body, Instant postedAt) {
        this.post = post;
        this.authorName = authorName;
        this.body = body;
        this.postedAt = postedAt;
    }

    public Comment reply(String authorName, String body, Instant postedAt) {
        Comment reply = new Comment(post, authorName, body, postedAt);
        reply.parent = this;
        replies.add(reply);
        return reply;
    }
}
