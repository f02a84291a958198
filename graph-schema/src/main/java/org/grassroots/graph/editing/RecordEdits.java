package org.grassroots.graph.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.access.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Creates and changes stations, grids, deputies and consultations, and the relationships
 * between them. Meant to run inside one transaction per mutation, opened by
 * {@link #lock}.
 */
public interface RecordEdits {

	/**
	 * Takes the record's write lock for the transaction and reads it, if it lies in scope
	 * (a record without a region only for a scope that is everything).
	 */
	Optional<Locked> lock(Editable kind, String id, Scope scope);

	/** Whether a record of the label has the key. */
	boolean exists(String label, String id);

	/** Creates a record at version 1, with its relationships. */
	void create(Editable kind, String id, Map<String, Object> properties, List<Link> links);

	/**
	 * Sets the properties (null removes one), raises the version and releases the lock.
	 */
	void update(Editable kind, String id, Map<String, @Nullable Object> changes);

	/**
	 * Adds the relationship, or sets its properties when it exists, and releases the
	 * lock.
	 */
	void relate(Editable kind, String id, Link link);

	/**
	 * Removes the relationship and releases the lock.
	 * @return whether it existed
	 */
	boolean unrelate(Editable kind, String id, Link link);

	/**
	 * A record as a change finds it.
	 *
	 * @param id its key
	 * @param version the version the change applies to
	 * @param regionId the region that put it in scope, if any
	 * @param properties its stored properties (dates as ISO text), for the audit trail
	 */
	record Locked(String id, long version, @Nullable String regionId, Map<String, Object> properties) {
	}

	/**
	 * A relationship from the record to another one.
	 *
	 * @param type e.g. {@code LOCATED_IN}
	 * @param targetLabel e.g. {@code Region}
	 * @param targetId the other record's key
	 * @param incoming whether it points at the record rather than from it
	 * @param properties its properties
	 */
	record Link(String type, String targetLabel, String targetId, boolean incoming, Map<String, Object> properties) {

		public static Link to(String type, String targetLabel, String targetId) {
			return new Link(type, targetLabel, targetId, false, Map.of());
		}

		String pattern() {
			return this.incoming ? "(n)<-[link:" + this.type + "]-(t)" : "(n)-[link:" + this.type + "]->(t)";
		}

	}

}
