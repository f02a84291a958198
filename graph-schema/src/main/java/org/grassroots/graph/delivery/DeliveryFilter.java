package org.grassroots.graph.delivery;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which deliveries to list.
 *
 * @param consumer to this consumer
 * @param state in this state (a name)
 */
public record DeliveryFilter(@Nullable String consumer, @Nullable String state) implements ConditionsFilter {

	/** Deliveries are listed in the order they were queued. */
	public static final SortField ORDER = SortField.byKey("d.id");

	@Override
	public Conditions conditions() {
		return new Conditions().and("consumer", this.consumer, "d.consumer = $consumer")
			.and("state", this.state, "d.state = $state");
	}

}
