package org.grassroots.application.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What one mutation tells the journal: the target and its changed fields for the audit
 * trail, and the domain events for the outbox.
 */
public final class Recorder {

	private @Nullable String targetType;

	private @Nullable String targetKey;

	private @Nullable String regionId;

	private final Map<String, Change> changes = new LinkedHashMap<>();

	private final List<Event> events = new ArrayList<>();

	Recorder() {
	}

	/**
	 * @param regionId the region the target lies in, which decides who reads the event
	 */
	public Recorder target(String type, String key, @Nullable String regionId) {
		this.targetType = type;
		this.targetKey = key;
		this.regionId = regionId;
		return this;
	}

	public Recorder changed(Map<String, Change> changed) {
		this.changes.putAll(changed);
		return this;
	}

	public Recorder changed(String field, @Nullable Object before, @Nullable Object after) {
		this.changes.put(field, new Change(before, after));
		return this;
	}

	/**
	 * A domain event about the target, delivered after the commit.
	 * @param type e.g. {@code CaseAdvanced}
	 */
	public Recorder event(String type, Map<String, ? extends @Nullable Object> payload) {
		this.events.add(new Event(type, new LinkedHashMap<>(payload)));
		return this;
	}

	@Nullable String targetType() {
		return this.targetType;
	}

	@Nullable String targetKey() {
		return this.targetKey;
	}

	@Nullable String regionId() {
		return this.regionId;
	}

	Map<String, Change> changes() {
		return this.changes;
	}

	List<Event> events() {
		return this.events;
	}

	record Event(String type, Map<String, ? extends @Nullable Object> payload) {
	}

}
