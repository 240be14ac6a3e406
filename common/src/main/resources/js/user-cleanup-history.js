/*
 * Run results: the History view of one cleanup (its own view, a page of runs at a time, a
 * labelled count per outcome, duration, progress while a run goes on, a link to the users with
 * each outcome), Show users (search by name or email, filter by outcome and group, sorting, all
 * answered by the server a page at a time; outcome lozenges, a failure's reason once) and Export data. Dry runs are marked as such
 * wherever their results appear.
 */
(function (UC) {
    'use strict';

    var el = UC.el;
    var t = UC.t;

    /** Every count of RunCounts, in the order they are told, each with its label. */
    var COUNTS = ['evaluated', 'inactive', 'excluded', 'skipped', 'removed', 'deactivated', 'exported',
        'noIdentifier', 'reported', 'failed'];
    /** The outcomes each count of (user, group) outcomes stands for, to show those users. */
    var OUTCOMES_OF = {removed: ['REMOVED', 'WOULD_REMOVE'], deactivated: ['DEACTIVATED', 'WOULD_DEACTIVATE'],
        exported: ['EXPORTED'], noIdentifier: ['NO_IDENTIFIER'], reported: ['REPORTED'], failed: ['FAILED']};
    var OUTCOMES = ['REMOVED', 'WOULD_REMOVE', 'DEACTIVATED', 'WOULD_DEACTIVATE', 'EXPORTED', 'NO_IDENTIFIER',
        'REPORTED', 'FAILED'];
    var LOZENGE_OF = {REMOVED: 'success', DEACTIVATED: 'success', WOULD_REMOVE: 'complete', WOULD_DEACTIVATE: 'complete',
        EXPORTED: 'new', NO_IDENTIFIER: 'moved', REPORTED: '', FAILED: 'error'};
    var HISTORY_PAGE = 10;
    var USERS_PAGE = 50;

    UC.statusLozenge = function (status) {
        var kind = {SUCCEEDED: 'success', PARTIAL: 'moved', FAILED: 'error', ABANDONED: 'error', RUNNING: 'current'}[status] || '';
        return UC.lozenge(t('user-cleanup.history.status.' + status), kind, 'run-status');
    };

    UC.dryRunLozenge = function () {
        return UC.lozenge(t('user-cleanup.history.dry'), 'complete', 'user-cleanup-dry-run');
    };

    function countLabel(run, name) {
        return t((run.dryRun && (name === 'removed' || name === 'deactivated' || name === 'exported')
            ? 'user-cleanup.history.count.dry.' : 'user-cleanup.history.count.') + name, UC.number(run.counts[name]));
    }

    /** The run's counts that are not zero, labelled; a running run's counts are not a result yet. */
    UC.countLines = function (run) {
        return COUNTS.filter(function (name) { return run.counts[name]; }).map(function (name) { return countLabel(run, name); });
    };

    UC.countsText = function (run) {
        var lines = UC.countLines(run);
        return lines.length ? lines.join(' \u00b7 ') : t('user-cleanup.history.counts.none');
    };

    /** The view and dialogs of run results; returns {show(cleanupId, name), noteDeleted(cleanup), start()}. */
    UC.historyView = function (page) {
        var section = document.getElementById('history');
        var of = null;
        var runs = [];
        var start = 0;
        var timer = null;
        var deleted = [];

        function countsCell(run) {
            if (run.status === 'RUNNING') {
                return el('td', {className: 'run-counts', text: t('user-cleanup.history.progress', UC.number(run.counts.evaluated))});
            }
            var shown = COUNTS.filter(function (name) { return run.counts[name]; });
            if (!shown.length) {
                return el('td', {className: 'run-counts', text: t('user-cleanup.history.counts.none')});
            }
            return el('td', {className: 'run-counts'}, [el('ul', {className: 'user-cleanup-counts'}, shown.map(function (name) {
                var label = countLabel(run, name);
                if (!OUTCOMES_OF[name]) {
                    return el('li', {'data-count': name, text: label});
                }
                var link = el('a', {href: '#', 'data-count': name, text: label});
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    showUsers(run, {outcomes: OUTCOMES_OF[name]});
                });
                return el('li', {}, [link]);
            }))]);
        }

        function durationCell(run) {
            if (!run.finishedAt) {
                return el('td', {className: 'run-finished', text: t('user-cleanup.history.not-finished')});
            }
            return el('td', {className: 'run-finished', text: t('user-cleanup.history.finished', UC.formatInstant(run.finishedAt),
                UC.durationText(new Date(run.finishedAt) - new Date(run.startedAt)))});
        }

        function render() {
            var list = document.getElementById('history-list');
            list.textContent = '';
            if (!runs.length) {
                list.appendChild(el('p', {text: t('user-cleanup.history.empty')}));
                document.getElementById('history-paging').hidden = true;
                return;
            }
            var shown = runs.slice(start, start + HISTORY_PAGE);
            list.appendChild(UC.table([t('user-cleanup.history.column.started'), t('user-cleanup.history.column.type'),
                t('user-cleanup.history.column.trigger'), t('user-cleanup.history.column.status'),
                t('user-cleanup.history.column.finished'), t('user-cleanup.history.column.counts'),
                t('user-cleanup.common.actions')], shown.map(function (r) {
                return el('tr', {'data-run': String(r.id), className: r.dryRun ? 'user-cleanup-dry-row' : null}, [
                    el('td', {text: UC.formatInstant(r.startedAt)}),
                    el('td', {className: 'run-type'}, [r.dryRun ? UC.dryRunLozenge() : el('span', {text: t('user-cleanup.history.real')})]),
                    el('td', {text: r.trigger === 'MANUAL' ? t('user-cleanup.history.trigger.MANUAL', r.triggeredBy)
                        : t('user-cleanup.history.trigger.SCHEDULED')}),
                    el('td', {}, [UC.statusLozenge(r.status), r.message ? el('div', {className: 'description', text: r.message}) : null]),
                    durationCell(r),
                    countsCell(r),
                    el('td', {className: 'user-cleanup-actions'}, [
                        UC.button(t('user-cleanup.history.show-users'), function () { showUsers(r, {}); }, 'run-show-users'),
                        UC.button(t('user-cleanup.history.export'), function () { showExport(r); }, 'run-export')
                    ])
                ]);
            })));
            var paging = document.getElementById('history-paging');
            paging.hidden = runs.length <= HISTORY_PAGE;
            document.getElementById('history-page').textContent = t('user-cleanup.history.page', start + 1,
                start + shown.length, runs.length);
            document.getElementById('history-previous').disabled = start === 0;
            document.getElementById('history-next').disabled = start + HISTORY_PAGE >= runs.length;
        }

        function load() {
            clearTimeout(timer);
            if (!of) {
                return;
            }
            UC.api('GET', '/cleanups/' + of.id + '/runs').then(function (answer) {
                runs = answer;
                render();
                if (runs.some(function (r) { return r.status === 'RUNNING'; })) {
                    timer = setTimeout(load, 1000);
                }
            }, function (e) {
                document.getElementById('history-list').textContent = t('user-cleanup.common.error', UC.errorText(e));
            });
        }

        /** Shows the History view of the cleanup in place of the list. */
        function show(id, name) {
            of = {id: id, name: name};
            start = 0;
            document.getElementById('history-title').textContent = t('user-cleanup.history.of', name);
            document.getElementById('cleanups-view').hidden = true;
            section.hidden = false;
            load();
            document.getElementById('history-title').focus();
        }

        function back() {
            clearTimeout(timer);
            of = null;
            section.hidden = true;
            document.getElementById('cleanups-view').hidden = false;
            page.refresh();
        }

        // ------------------------------------------------------------------- deleted cleanups

        function renderDeleted() {
            var box = document.getElementById('deleted-cleanups');
            var list = document.getElementById('deleted-cleanups-list');
            list.textContent = '';
            deleted.forEach(function (d) {
                var link = el('a', {href: '#', className: 'deleted-cleanup', text: d.name});
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    show(d.id, d.name);
                });
                list.appendChild(el('li', {}, [link, ' ', el('span', {className: 'description',
                    text: t('user-cleanup.history.deleted.runs', d.runs)})]));
            });
            box.hidden = deleted.length === 0;
        }

        function noteDeleted(cleanup) {
            var known = deleted.filter(function (d) { return d.id === cleanup.id; }).length;
            if (!known) {
                UC.api('GET', '/cleanups/' + cleanup.id + '/runs').then(function (r) {
                    if (r.length) {
                        deleted.push({id: cleanup.id, name: cleanup.name, runs: r.length});
                        renderDeleted();
                    }
                });
            }
        }

        function startView() {
            UC.api('GET', '/cleanups/deleted').then(function (answer) {
                deleted = answer;
                renderDeleted();
            }, function () {
                renderDeleted();
            });
        }

        // ---------------------------------------------------------------------------- Show users

        var users = {run: null, start: 0, sort: 'username', ascending: true, asked: 0};

        function outcomeList(u) {
            var reasons = {};
            return el('ul', {className: 'user-cleanup-outcomes'}, u.outcomes.map(function (o) {
                // A failure's reason is told once per user, however many groups it failed in for it.
                var reason = o.reason && !reasons[o.reason] ? o.reason : null;
                if (o.reason) {
                    reasons[o.reason] = true;
                }
                return el('li', {}, [el('span', {className: 'user-cleanup-outcome-group', text: o.group}), ' ',
                    UC.lozenge(t('user-cleanup.outcome.' + o.outcome), LOZENGE_OF[o.outcome], 'user-cleanup-outcome'),
                    o.pending ? el('span', {className: 'description', text: ' ' + t('user-cleanup.outcome.pending')}) : null,
                    reason ? el('div', {className: 'description user-cleanup-reason', text: reason}) : null]);
            }));
        }

        function sortHeader(key, label) {
            var th = el('th', {scope: 'col', 'aria-sort': users.sort === key ? (users.ascending ? 'ascending' : 'descending') : 'none'});
            var sort = el('button', {type: 'button', className: 'aui-button aui-button-link user-cleanup-sort', 'data-sort': key,
                text: label + (users.sort === key ? (users.ascending ? ' \u25b2' : ' \u25bc') : '')});
            sort.addEventListener('click', function () {
                users.ascending = users.sort === key ? !users.ascending : true;
                users.sort = key;
                users.start = 0;
                loadUsers().then(function () {
                    document.querySelector('#users-content .user-cleanup-sort[data-sort="' + key + '"]').focus();
                });
            });
            th.appendChild(sort);
            return th;
        }

        /** The users endpoint's query for the page, the search, the filters and the order shown. */
        function usersQuery() {
            var search = document.getElementById('users-search').value.trim();
            var outcome = document.getElementById('users-outcome').value;
            var group = document.getElementById('users-group').value;
            var parts = ['start=' + users.start, 'limit=' + USERS_PAGE, 'sort=' + users.sort,
                'order=' + (users.ascending ? 'asc' : 'desc')];
            if (search) {
                parts.push('q=' + encodeURIComponent(search));
            }
            (outcome ? outcome.split(' ') : []).forEach(function (o) { parts.push('outcome=' + encodeURIComponent(o)); });
            if (group) {
                parts.push('group=' + encodeURIComponent(group));
            }
            return parts.join('&');
        }

        function filtered() {
            return document.getElementById('users-search').value.trim() !== ''
                || document.getElementById('users-outcome').value !== '' || document.getElementById('users-group').value !== '';
        }

        function renderUsers(answer) {
            var content = document.getElementById('users-content');
            content.textContent = '';
            if (!answer.users.length) {
                content.appendChild(el('p', {text: t(filtered() ? 'user-cleanup.users.none-match' : 'user-cleanup.users.empty')}));
            } else {
                content.appendChild(el('table', {className: 'aui user-cleanup-users'}, [
                    el('thead', {}, [el('tr', {}, [sortHeader('username', t('user-cleanup.users.column.username')),
                        sortHeader('displayName', t('user-cleanup.users.column.display-name')),
                        sortHeader('email', t('user-cleanup.users.column.email')),
                        sortHeader('lastLogin', t('user-cleanup.users.column.last-login')),
                        el('th', {scope: 'col', text: t('user-cleanup.users.column.outcomes')})])]),
                    el('tbody', {}, answer.users.map(function (u) {
                        return el('tr', {'data-user': u.username}, [
                            el('td', {}, [el('span', {text: u.username}), u.deactivated ? ' ' : null,
                                u.deactivated ? UC.lozenge(t('user-cleanup.users.deactivated'), '') : null]),
                            el('td', {text: u.displayName}),
                            el('td', {text: u.email || ''}),
                            el('td', {text: UC.formatInstant(u.lastLogin)}),
                            el('td', {}, [outcomeList(u)])
                        ]);
                    }))
                ]));
            }
            document.getElementById('users-page').textContent = answer.users.length
                ? t('user-cleanup.users.page', UC.number(answer.start + 1), UC.number(answer.start + answer.users.length),
                    UC.number(answer.total)) : '';
            document.getElementById('users-previous').disabled = answer.start === 0;
            document.getElementById('users-next').disabled = answer.start + answer.users.length >= answer.total;
        }

        /**
         * Asks the server for the page of users the search, filters and order list (it searches the
         * whole run, however large); an answer to an older question than the last is dropped.
         */
        function loadUsers() {
            var asked = ++users.asked;
            return UC.api('GET', '/runs/' + users.run.id + '/users?' + usersQuery()).then(function (answer) {
                if (asked === users.asked) {
                    renderUsers(answer);
                }
            }, function (e) {
                UC.message('error', UC.errorText(e));
            });
        }

        function fillGroups(names) {
            var select = document.getElementById('users-group');
            select.textContent = '';
            select.appendChild(el('option', {value: '', text: t('user-cleanup.users.filter.any-group')}));
            names.forEach(function (name) { select.appendChild(el('option', {value: name, text: name})); });
        }

        function fillOutcomes(selected) {
            var select = document.getElementById('users-outcome');
            select.textContent = '';
            select.appendChild(el('option', {value: '', text: t('user-cleanup.users.filter.any-outcome')}));
            OUTCOMES.forEach(function (o) { select.appendChild(el('option', {value: o, text: t('user-cleanup.outcome.' + o)})); });
            if (selected && selected.length > 1) {
                select.appendChild(el('option', {value: selected.join(' '), text: selected.map(function (o) {
                    return t('user-cleanup.outcome.' + o);
                }).join(' / ')}));
            }
            select.value = selected ? selected.join(' ') : '';
        }

        function showUsers(run, filter) {
            users = {run: run, start: 0, sort: 'username', ascending: true, asked: users.asked};
            document.getElementById('users-dialog-title').textContent =
                t(run.dryRun ? 'user-cleanup.users.title.dry' : 'user-cleanup.users.title', run.id);
            document.getElementById('users-dry-run').hidden = !run.dryRun;
            document.getElementById('users-search').value = '';
            UC.api('GET', '/runs/' + run.id + '/groups').then(function (groups) {
                fillGroups(groups);
                fillOutcomes(filter.outcomes);
                return loadUsers();
            }).then(function () {
                if (document.getElementById('users-dialog').getAttribute('aria-hidden') !== 'false') {
                    UC.openDialog('users-dialog', '#users-search');
                }
            }, function (e) {
                UC.message('error', UC.errorText(e));
            });
        }

        var searchTimer = null;
        document.getElementById('users-search').addEventListener('input', function () {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(function () {
                users.start = 0;
                loadUsers();
            }, 250);
        });
        ['users-outcome', 'users-group'].forEach(function (id) {
            document.getElementById(id).addEventListener('change', function () {
                users.start = 0;
                loadUsers();
            });
        });
        document.getElementById('users-previous').addEventListener('click', function () {
            users.start = Math.max(0, users.start - USERS_PAGE);
            loadUsers();
        });
        document.getElementById('users-next').addEventListener('click', function () {
            users.start += USERS_PAGE;
            loadUsers();
        });

        // ---------------------------------------------------------------------------- Export data

        function showExport(run) {
            document.getElementById('export-dialog-title').textContent =
                t(run.dryRun ? 'user-cleanup.export.title.dry' : 'user-cleanup.export.title', run.id);
            document.getElementById('export-dry-run').hidden = !run.dryRun;
            var runPath = UC.REST + '/runs/' + UC.segment(run.id);
            document.getElementById('export-report').setAttribute('href', runPath + '/export.csv');
            var idp = document.getElementById('export-idp');
            var files = document.getElementById('export-idp-files');
            files.textContent = '';
            run.idpExports.forEach(function (file) {
                files.appendChild(el('li', {}, [
                    el('a', {href: runPath + '/idp-exports/' + UC.segment(file.group), download: '', className: 'idp-file',
                        text: t('user-cleanup.export.idp.download', file.group)}),
                    ' ',
                    el('span', {className: 'aui-badge', text: t('user-cleanup.export.idp.rows', file.rows)}),
                    file.rows === 1 ? el('div', {className: 'description', text: t('user-cleanup.export.idp.one-row')}) : null
                ]));
            });
            idp.hidden = run.idpExports.length === 0;
            document.getElementById('export-zip').setAttribute('href', runPath + '/idp-exports.zip');
            UC.openDialog('export-dialog', '#export-report');
        }

        document.getElementById('history-back').addEventListener('click', back);
        document.getElementById('history-previous').addEventListener('click', function () {
            start = Math.max(0, start - HISTORY_PAGE);
            render();
        });
        document.getElementById('history-next').addEventListener('click', function () {
            start += HISTORY_PAGE;
            render();
        });

        return {show: show, noteDeleted: noteDeleted, start: startView};
    };
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
