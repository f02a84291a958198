package org.grassroots.graph.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A map that drops its least recently used entry once full, so that clients cannot grow
 * it without bound. Safe to share between threads.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class LeastRecentlyUsed<K, V> {

	private final Map<K, V> entries;

	public LeastRecentlyUsed(int capacity) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}
		};
	}

	public synchronized Optional<V> get(K key) {
		return Optional.ofNullable(this.entries.get(key));
	}

	public synchronized void put(K key, V value) {
		this.entries.put(key, value);
	}

	public synchronized void remove(K key) {
		this.entries.remove(key);
	}

}
