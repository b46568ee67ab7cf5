/**
 * What clinic IT's monitoring reads of the product itself: how many people signed in, how many
 * accesses the policy refused, how many possible ruptures the alliance check-ins flagged, and how
 * many safety flags are open now, published through MicroProfile Metrics. A count says how often
 * a kind of thing happened, never to whom: no metric name or tag carries a person, a client's
 * number or anybody's words.
 */
package care.alliance.monitoring;
