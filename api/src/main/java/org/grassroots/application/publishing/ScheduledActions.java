package org.grassroots.application.publishing;

import org.grassroots.application.journal.Worker;
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

	private final Worker worker;

	ScheduledActions(ArticleWorkflow workflow, ObjectProvider<PublishingProperties> properties) {
		this.workflow = workflow;
		this.properties = properties.getIfAvailable(() -> PublishingProperties.DEFAULTS);
		this.worker = new Worker("article-scheduler", this.properties.schedulerInterval(), this::runDue);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.worker.start();
	}

	private void runDue() {
		for (String id : this.workflow.due(BATCH)) {
			try {
				this.workflow.runDue(id);
			}
			catch (RuntimeException ex) {
				logger.warn("Scheduled action on article {} failed, will retry: {}", id, ex.toString());
			}
		}
	}

	@Override
	public void destroy() {
		this.worker.close();
	}

}
