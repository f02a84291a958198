package org.grassroots.graph.paging;

/**
 * How listed nodes belong to an owner, as a Cypher {@code MATCH} from the owner's id,
 * {@code owner}, to the listed node; only the graph's repositories read it.
 */
public interface CypherRelation {

	/** e.g. {@code MATCH (:Representative {id: owner})-[:RAISED]->(c:Case)} */
	String match();

}
