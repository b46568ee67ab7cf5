package care.alliance.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One reason a check-in suggests a rupture: an answer at or below the low mark, or a clear drop
 * from the client's earlier answers on the same item.
 */
@Embeddable
public class RuptureSign {

    /** Why an answer stands out. */
    public enum Kind {
        LOW,
        DROP
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 10)
    private AllianceDimension dimension;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "score", nullable = false)
    private int score;

    /** The average of the earlier answers a drop is measured from, in tenths; null for a low answer. */
    @Column(name = "earlier_tenths")
    private Integer earlierTenths;

    protected RuptureSign() {
    }

    private RuptureSign(AllianceDimension dimension, Kind kind, int score, Integer earlierTenths) {
        this.dimension = dimension;
        this.kind = kind;
        this.score = score;
        this.earlierTenths = earlierTenths;
    }

    public static RuptureSign low(AllianceDimension dimension, AllianceScore score) {
        return new RuptureSign(dimension, Kind.LOW, score.value(), null);
    }

    public static RuptureSign drop(AllianceDimension dimension, AllianceScore score, double earlierAverage) {
        return new RuptureSign(dimension, Kind.DROP, score.value(), (int) Math.round(earlierAverage * 10));
    }

    public AllianceDimension dimension() {
        return dimension;
    }

    public Kind kind() {
        return kind;
    }

    public int score() {
        return score;
    }

    /** What the client answered on average before, for a drop. */
    public Double earlierAverage() {
        return earlierTenths == null ? null : earlierTenths / 10.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuptureSign sign && sign.dimension == dimension && sign.kind == kind
                && sign.score == score && Objects.equals(sign.earlierTenths, earlierTenths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, kind, score, earlierTenths);
    }

    @Override
    public String toString() {
        return dimension + " " + kind + " " + score + (earlierTenths == null ? "" : " from " + earlierAverage());
    }
}
