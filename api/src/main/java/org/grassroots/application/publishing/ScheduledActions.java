package org.grassroots.application.publishing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled publications and take-downs. The times live in the graph, so a restart
 * loses none; every instance looks for due actions, and each action locks its article and
 * clears its time in the same transaction, so only one instance runs it, once.
 */
@Component
class ScheduledActions implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledActions.class);

	private static final int BATCH = 50;

	private final ArticleWorkflow workflow;

	private final PublishingProperties properties;

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread scheduler = new Thread(task, "article-scheduler");
		scheduler.setDaemon(true);
		return scheduler;
	});

	ScheduledActions(ArticleWorkflow workflow, ObjectProvider<PublishingProperties> properties) {
		this.workflow = workflow;
		this.properties = properties.getIfAvailable(() -> PublishingProperties.DEFAULTS);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.thread.scheduleWithFixedDelay(this::runDue, 0, this.properties.schedulerInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void runDue() {
		try {
			for (String id : this.workflow.due(BATCH)) {
				try {
					this.workflow.runDue(id);
				}
				catch (RuntimeException ex) {
					logger.warn("Scheduled action on article {} failed, will retry: {}", id, ex.toString());
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Looking for scheduled actions failed, will retry: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.thread.shutdownNow();
	}

}
