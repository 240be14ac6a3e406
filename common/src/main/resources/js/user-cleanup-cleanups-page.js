/*
 * The Scheduling and Cleanup page's list: one row per cleanup with its schedule in plain
 * language, its next run in the schedule's zone, its last run, one primary action (Dry run) and
 * the others in a dropdown; starting runs (Run now asks first, with the last dry run's counts
 * and a verb on its button) and following them until they end.
 */
(function (UC) {
    'use strict';

    var el = UC.el;
    var t = UC.t;
    var menus = 0;

    UC.cleanupsPage = function () {
        var page = {idps: [], cleanups: [], lastRuns: {}, refresh: refresh};
        var form = UC.cleanupForm(page);
        var history = UC.historyView(page);
        var watched = {};

        function targetsText(cleanup) {
            return cleanup.groups.concat(cleanup.applications.map(function (key) {
                var app = UC.directory.applications.filter(function (a) { return a.key === key; })[0];
                return app ? app.name : key;
            })).join(', ');
        }

        page.idpName = function (id) {
            var idp = page.idps.filter(function (i) { return i.id === id; })[0];
            return id === null ? t('user-cleanup.common.none') : (idp ? idp.name : String(id));
        };

        /** A dropdown of further actions for a row: a trigger button and its AUI dropdown2 menu. */
        function moreActions(cleanup, items) {
            var id = 'cleanup-actions-' + (++menus);
            var trigger = el('button', {type: 'button', className: 'aui-button aui-dropdown2-trigger cleanup-more',
                'aria-controls': id, 'aria-haspopup': 'true', text: t('user-cleanup.cleanups.more'),
                'aria-label': t('user-cleanup.cleanups.more.label', cleanup.name)});
            var menu = el('div', {id: id, className: 'aui-dropdown2 aui-style-default'}, [el('ul', {className: 'aui-list-truncate'},
                items.map(function (item) {
                    var link = el('a', {href: '#', className: item[2], text: item[0]});
                    link.addEventListener('click', function (event) {
                        event.preventDefault();
                        item[1]();
                    });
                    return el('li', {}, [link]);
                }))]);
            return [trigger, menu];
        }

        function scheduleCell(c) {
            if (!c.schedule) {
                return el('td', {className: 'cleanup-schedule', text: t('user-cleanup.schedule.manual')});
            }
            return el('td', {className: 'cleanup-schedule'}, [el('span', {text: UC.describeSchedule(c.schedule)}), ' ',
                c.enabled ? null : UC.lozenge(t('user-cleanup.cleanups.paused'), '', 'cleanup-paused')]);
        }

        function lastRunCell(c) {
            var run = page.lastRuns[c.id];
            if (!run) {
                return el('td', {className: 'cleanup-last-run', text: t('user-cleanup.cleanups.never-run')});
            }
            return el('td', {className: 'cleanup-last-run'}, [UC.statusLozenge(run.status), ' ',
                run.dryRun ? UC.dryRunLozenge() : null,
                el('div', {className: 'description', text: UC.formatInstant(run.startedAt)})]);
        }

        function render() {
            var list = document.getElementById('cleanup-list');
            list.textContent = '';
            document.querySelectorAll('body > .aui-dropdown2[id^="cleanup-actions-"]').forEach(function (m) { m.remove(); });
            if (!page.cleanups.length) {
                list.appendChild(el('p', {text: t('user-cleanup.cleanups.empty')}));
                return;
            }
            list.appendChild(UC.table([t('user-cleanup.common.name'), t('user-cleanup.cleanups.column.targets'),
                t('user-cleanup.cleanups.column.action'), t('user-cleanup.cleanups.column.idp'),
                t('user-cleanup.cleanups.column.schedule'), t('user-cleanup.cleanups.column.next'),
                t('user-cleanup.cleanups.column.last-run'), t('user-cleanup.common.actions')], page.cleanups.map(function (c) {
                return el('tr', {'data-cleanup': c.name}, [
                    el('td', {text: c.name}),
                    el('td', {text: targetsText(c)}),
                    el('td', {text: t('user-cleanup.cleanups.action.' + c.action)}),
                    el('td', {text: page.idpName(c.idpId)}),
                    scheduleCell(c),
                    el('td', {className: 'cleanup-next', text: c.nextRunAt && c.schedule
                        ? UC.formatInZone(c.nextRunAt, c.schedule.timeZone) : '\u2014'}),
                    lastRunCell(c),
                    el('td', {className: 'user-cleanup-actions'}, [
                        UC.button(t('user-cleanup.cleanups.dry-run'), function () { run(c, true); }, 'aui-button-primary cleanup-dry-run')
                    ].concat(moreActions(c, [
                        [t('user-cleanup.cleanups.run'), function () { askRun(c); }, 'cleanup-run'],
                        [t('user-cleanup.cleanups.history'), function () { history.show(c.id, c.name); }, 'cleanup-history'],
                        [t('user-cleanup.common.edit'), function () { form.open(c); }, 'cleanup-edit'],
                        [t('user-cleanup.common.delete'), function () { remove(c); }, 'cleanup-delete']
                    ])))
                ]);
            })));
        }

        /** Loads the cleanups and each one's last run, then shows them. */
        function refresh() {
            return UC.api('GET', '/cleanups').then(function (cleanups) {
                page.cleanups = cleanups;
                return Promise.all(cleanups.map(function (c) {
                    return UC.api('GET', '/cleanups/' + c.id + '/runs').then(function (runs) {
                        page.lastRuns[c.id] = runs[0] || null;
                        page.lastDryRuns = page.lastDryRuns || {};
                        page.lastDryRuns[c.id] = runs.filter(function (r) { return r.dryRun && r.status !== 'RUNNING'; })[0] || null;
                    }, function () {
                        page.lastRuns[c.id] = null;
                    });
                }));
            }).then(render, function (e) {
                document.getElementById('cleanup-list').textContent = t('user-cleanup.common.error', UC.errorText(e));
            });
        }

        /** The verb of Run now's button: what the last dry run found, as the change the real run makes. */
        function runVerb(cleanup, dry) {
            if (!dry) {
                return t('user-cleanup.cleanups.run.verb.unknown');
            }
            if (cleanup.action === 'DEACTIVATE') {
                return t('user-cleanup.cleanups.run.verb.deactivate', UC.number(dry.counts.deactivated));
            }
            if (cleanup.action === 'REMOVE_FROM_GROUPS') {
                return t('user-cleanup.cleanups.run.verb.remove', UC.number(dry.counts.removed));
            }
            return t('user-cleanup.cleanups.run.verb.report');
        }

        function askRun(cleanup) {
            var dry = (page.lastDryRuns || {})[cleanup.id];
            var details = dry ? [t('user-cleanup.cleanups.run.last-dry', UC.formatInstant(dry.startedAt))]
                .concat(UC.countLines(dry)) : [t('user-cleanup.cleanups.run.no-dry')];
            UC.confirm({title: t('user-cleanup.cleanups.run.confirm.title', cleanup.name),
                text: t('user-cleanup.cleanups.run.confirm', cleanup.name), details: details,
                yes: runVerb(cleanup, dry), no: t('user-cleanup.common.cancel'), danger: cleanup.action !== 'REPORT_ONLY',
                onYes: function () { return run(cleanup, false); }});
        }

        /** Starts a run; its start message stays until the run ends, and is then replaced by its end. */
        function run(cleanup, dryRun) {
            return UC.api('POST', '/cleanups/' + cleanup.id + '/runs', {dryRun: dryRun}).then(function (started) {
                var flag = UC.message('info', t(dryRun ? 'user-cleanup.cleanups.dry-run.started' : 'user-cleanup.cleanups.run.started',
                    started.id, cleanup.name), 'manual');
                watched[started.id] = flag;
                history.show(cleanup.id, cleanup.name);
                follow(started, cleanup);
            }, function (e) {
                // The server's conflict names the cleanup by its id; the page knows its name.
                UC.message('error', e.status === 409 ? t('user-cleanup.cleanups.run.conflict', cleanup.name) : UC.errorText(e));
                throw e;
            });
        }

        function follow(run, cleanup) {
            if (run.status !== 'RUNNING') {
                UC.closeMessage(watched[run.id]);
                delete watched[run.id];
                UC.message(run.status === 'SUCCEEDED' ? 'success' : (run.status === 'PARTIAL' ? 'warning' : 'error'),
                    t(run.dryRun ? 'user-cleanup.cleanups.dry-run.finished' : 'user-cleanup.cleanups.run.finished', run.id,
                        cleanup.name, t('user-cleanup.history.status.' + run.status), UC.countsText(run)));
                refresh();
                return;
            }
            setTimeout(function () {
                UC.api('GET', '/runs/' + run.id).then(function (now) { follow(now, cleanup); }, function () {
                    UC.closeMessage(watched[run.id]);
                });
            }, 1000);
        }

        function remove(cleanup) {
            UC.confirm({title: t('user-cleanup.cleanups.delete.title'), text: t('user-cleanup.cleanups.delete.confirm', cleanup.name),
                yes: t('user-cleanup.common.delete'), danger: true, onYes: function () {
                    return UC.api('DELETE', '/cleanups/' + cleanup.id).then(function () {
                        UC.message('success', t('user-cleanup.cleanups.deleted', cleanup.name));
                        history.noteDeleted(cleanup);
                        return refresh();
                    });
                }});
        }

        document.getElementById('cleanup-add').addEventListener('click', function () { form.open(null); });
        Promise.all([UC.loadDirectory(), UC.api('GET', '/idps')]).then(function (answers) {
            page.idps = answers[1];
            document.getElementById('cleanup-add').disabled = false;
            return refresh();
        }).then(function () {
            history.start();
        }, function (e) {
            document.getElementById('cleanup-list').textContent = t('user-cleanup.common.error', UC.errorText(e));
        });
    };
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
