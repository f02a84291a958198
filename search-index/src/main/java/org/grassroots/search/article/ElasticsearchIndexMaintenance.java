package org.grassroots.search.article;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.grassroots.search.article.ArticleIndex.Change;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

@Component
class ElasticsearchIndexMaintenance implements IndexMaintenance {

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final int PAGE = 2000;

	private final ElasticsearchArticleIndex index;

	ElasticsearchIndexMaintenance(ElasticsearchArticleIndex index) {
		this.index = index;
	}

	@Override
	public String liveIndex() {
		return call("read the alias",
				() -> this.index.layout().behind(IndexLayout.ALIAS).stream().findFirst().orElse(""));
	}

	@Override
	public @Nullable Build build() {
		return call("read the build", () -> {
			this.index.layout().buildingChanged();
			String building = this.index.layout().building();
			if (building == null) {
				return null;
			}
			Map<String, String> meta = this.index.layout().meta(building);
			String after = meta.get("after");
			return new Build(building, (after == null || after.isEmpty()) ? null : after,
					Long.parseLong(meta.getOrDefault("copied", "0")));
		});
	}

	@Override
	public Build startBuild() {
		Build current = build();
		if (current != null) {
			return current;
		}
		return call("start a build", () -> {
			String name = IndexLayout.ALIAS + "-v" + IndexLayout.VERSION + "-"
					+ LocalDateTime.now(ZoneOffset.UTC).format(SUFFIX);
			this.index.layout().create(name, Map.of("after", "", "copied", "0"));
			// The check refreshes before it reads, and deliveries refresh what they
			// write
			this.index.layout().refreshInterval(name, "-1");
			this.index.layout()
				.administration()
				.indices()
				.updateAliases((update) -> update
					.actions((action) -> action.add((add) -> add.index(name).alias(IndexLayout.BUILDING))));
			this.index.layout().buildingChanged();
			return new Build(name, null, 0);
		});
	}

	@Override
	public long settleMillis() {
		return 2 * IndexLayout.BUILDING_CACHE_MILLIS;
	}

	@Override
	public Map<String, String> applyTo(String target, List<Change> changes) {
		return call("write to " + target,
				() -> changes.isEmpty() ? Map.of() : this.index.write(target, changes, VersionType.ExternalGte));
	}

	@Override
	public void progress(String target, String after, long copied) {
		call("record progress", () -> {
			this.index.layout().meta(target, Map.of("after", after, "copied", Long.toString(copied)));
			return null;
		});
	}

	@Override
	public Map<String, Indexed> contents(String target) {
		return call("read the index", () -> {
			// An index being built has refreshes off: what was copied is searchable only
			// after a refresh
			this.index.layout().administration().indices().refresh((refresh) -> refresh.index(target));
			Map<String, Indexed> contents = new HashMap<>();
			String after = null;
			while (true) {
				String seek = after;
				SearchResponse<Map> page = this.index.layout().client().search((search) -> {
					search.index(target)
						.size(PAGE)
						.version(true)
						.source((source) -> source.filter((filter) -> filter.includes("live")))
						.sort((sort) -> sort.field((field) -> field.field("id").order(SortOrder.Asc)));
					if (seek != null) {
						search.searchAfter(FieldValue.of(seek));
					}
					return search;
				}, Map.class);
				List<Hit<Map>> hits = page.hits().hits();
				for (Hit<Map> hit : hits) {
					Map<?, ?> source = hit.source();
					contents.put(java.util.Objects.requireNonNull(hit.id()),
							new Indexed((hit.version() != null) ? hit.version() : 0,
									source != null && Boolean.TRUE.equals(source.get("live"))));
				}
				if (hits.size() < PAGE) {
					return contents;
				}
				after = hits.get(hits.size() - 1).id();
			}
		});
	}

	@Override
	public String switchTo(String target) {
		return call("switch the alias", () -> {
			this.index.layout().refreshInterval(target, IndexLayout.REFRESH_INTERVAL);
			this.index.warm(target);
			Set<String> old = this.index.layout().behind(IndexLayout.ALIAS);
			this.index.layout().administration().indices().updateAliases((update) -> {
				old.forEach((index) -> update
					.actions((action) -> action.remove((remove) -> remove.index(index).alias(IndexLayout.ALIAS))));
				update.actions((action) -> action.add((add) -> add.index(target).alias(IndexLayout.ALIAS)));
				return update
					.actions((action) -> action.remove((remove) -> remove.index(target).alias(IndexLayout.BUILDING)));
			});
			this.index.layout().buildingChanged();
			for (String index : old) {
				if (!index.equals(target)) {
					this.index.layout().administration().indices().delete((delete) -> delete.index(index));
				}
			}
			return String.join(",", old);
		});
	}

	private <T> T call(String action, Step<T> step) {
		try {
			return step.run();
		}
		catch (IOException ex) {
			throw new SearchUnavailableException("Search did not answer in time: could not " + action, ex);
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 429 || ex.status() >= 500) {
				throw new SearchUnavailableException("Search is unavailable: could not " + action, ex);
			}
			throw ex;
		}
	}

	@FunctionalInterface
	private interface Step<T> {

		T run() throws IOException;

	}

}
