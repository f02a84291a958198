package org.grassroots.graph.journal;

import java.util.Collection;
import java.util.List;

/**
 * The domain events not yet delivered, oldest first.
 */
public interface Outbox {

	List<DomainEvent> pending(int limit);

	/** Marks the events delivered; they stay in the graph with the time of delivery. */
	void delivered(Collection<String> ids);

}
