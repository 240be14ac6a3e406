/*
 * The cleanup form, in sections (Targets, Inactivity, Exclusions, Actions, Schedule): group
 * pickers with chips, a schedule made of a frequency, days and a time in a picked time zone (or
 * a cron expression), its next runs in that zone, and warnings before saving of what would only
 * show up after a run: a target group that the identity provider syncs back, a target in a
 * read-only directory under Remove or Deactivate, a provider whose provisioning is off, an
 * excluded username that is nobody's (asked of the server, in batches as the API takes them).
 */
(function (UC) {
    'use strict';

    var el = UC.el;
    var t = UC.t;

    /** The form of the page; returns {open(cleanup or null)}. */
    UC.cleanupForm = function (page) {
        var form = document.getElementById('cleanup-form');
        var targets = UC.groupPicker(document.getElementById('cleanup-groups-picker'));
        var excluded = UC.groupPicker(document.getElementById('cleanup-exclude-groups-picker'));
        var frequency = document.getElementById('cleanup-frequency');
        var zone = document.getElementById('cleanup-time-zone');
        var editing = null;
        var groupDirectories = {};
        var unknownUsers = [];
        /** The most usernames the server checks at once (CleanupService.MAX_USERNAME_CHECKS). */
        var CHECK_BATCH = 100;

        function fillIdps(selected) {
            var select = document.getElementById('cleanup-idp');
            select.textContent = '';
            select.appendChild(el('option', {value: '', text: t('user-cleanup.common.none')}));
            page.idps.forEach(function (idp) {
                var option = el('option', {value: String(idp.id), text: idp.name});
                option.selected = idp.id === selected;
                select.appendChild(option);
            });
        }

        function fillApplications(selected) {
            var box = document.getElementById('cleanup-applications');
            box.textContent = '';
            UC.directory.applications.forEach(function (app) {
                var id = 'cleanup-application-' + app.key;
                var input = el('input', {className: 'checkbox', type: 'checkbox', id: id, value: app.key});
                input.checked = selected.indexOf(app.key) >= 0;
                input.addEventListener('change', updateWarnings);
                box.appendChild(el('div', {className: 'checkbox'}, [input,
                    el('label', {'for': id, text: app.name + ' (' + app.groups.join(', ') + ')'})]));
            });
        }

        function selectedApplications() {
            return Array.prototype.filter.call(document.querySelectorAll('#cleanup-applications input'),
                function (b) { return b.checked; }).map(function (b) { return b.value; });
        }

        function allTargetGroups() {
            var groups = targets.values();
            selectedApplications().forEach(function (key) {
                UC.directory.applications.filter(function (a) { return a.key === key; })
                    .forEach(function (a) { groups = groups.concat(a.groups); });
            });
            return groups;
        }

        /** Asks once per group which directory holds it, for the read-only warning. */
        function lookUpDirectories(groups) {
            return Promise.all(groups.filter(function (g) { return !(g in groupDirectories); }).map(function (g) {
                return UC.api('GET', '/group?name=' + encodeURIComponent(g)).then(function (answer) {
                    groupDirectories[g] = answer.directoryId;
                }, function () {
                    groupDirectories[g] = null;
                });
            }));
        }

        function excludedUsernames() {
            return form.elements.excludeUsers.value.split('\n').map(function (u) { return u.trim(); })
                .filter(function (u) { return u !== ''; });
        }

        var userCheckTimer = null;
        var userCheck = 0;
        /**
         * Asks the server which excluded usernames are nobody's, a moment after typing stops; an
         * answer to an older text than the field's is dropped.
         */
        function checkUsernames() {
            clearTimeout(userCheckTimer);
            userCheckTimer = setTimeout(function () {
                var names = excludedUsernames();
                var mine = ++userCheck;
                var batches = [];
                for (var i = 0; i < names.length; i += CHECK_BATCH) {
                    batches.push(names.slice(i, i + CHECK_BATCH));
                }
                Promise.all(batches.map(function (batch) {
                    return UC.api('GET', '/users/check?' + batch.map(function (n) {
                        return 'name=' + encodeURIComponent(n);
                    }).join('&')).then(function (answer) { return answer.unknown; }, function () { return []; });
                })).then(function (answers) {
                    if (mine === userCheck) {
                        unknownUsers = [].concat.apply([], answers);
                        updateWarnings();
                    }
                });
            }, 300);
        }

        /** Every warning the form's values deserve now, each naming its fix. */
        function warnings() {
            var list = [];
            var idpId = form.elements.idpId.value ? Number(form.elements.idpId.value) : null;
            var idp = page.idps.filter(function (i) { return i.id === idpId; })[0];
            var synced = UC.directory.directories.filter(function (d) { return d.type === 'AZURE_AD'; });
            var groups = allTargetGroups();
            var action = UC.radioValue(form, 'action');
            if (idp && !idp.provisioningEnabled) {
                list.push(t('user-cleanup.cleanups.warning.provisioning-off'));
            } else if (!idp && synced.length && groups.length) {
                list.push(t('user-cleanup.cleanups.warning.synced', synced.map(function (d) { return d.name; }).join(', ')));
            }
            if (action !== 'REPORT_ONLY') {
                var readOnly = {};
                UC.directory.directories.forEach(function (d) { readOnly[d.id] = d.readOnly; });
                var stuck = groups.filter(function (g) {
                    var directory = groupDirectories[g];
                    return directory !== undefined && directory !== null && readOnly[directory]
                        && !(idp && idp.provisioningEnabled && (idp.directoryIds.indexOf(directory) >= 0
                            || idp.groups.some(function (n) { return n.toLowerCase() === g.toLowerCase(); })));
                });
                if (stuck.length) {
                    list.push(t('user-cleanup.cleanups.warning.read-only', stuck.join(', ')));
                }
            }
            if (unknownUsers.length) {
                list.push(t('user-cleanup.cleanups.warning.unknown-users', unknownUsers.join(', ')));
            }
            return list;
        }

        function updateWarnings() {
            lookUpDirectories(allTargetGroups()).then(function () {
                var box = document.getElementById('cleanup-warnings');
                var list = warnings();
                box.textContent = '';
                list.forEach(function (text) { box.appendChild(el('p', {text: text})); });
                box.hidden = list.length === 0;
            });
        }

        // ----------------------------------------------------------------------------- schedule

        function days() {
            return Array.prototype.filter.call(document.querySelectorAll('#cleanup-days input'), function (b) {
                return b.checked;
            }).map(function (b) { return b.value; });
        }

        function cron() {
            if (frequency.value === 'custom') {
                return form.elements.cron.value.trim();
            }
            return UC.buildCron({frequency: frequency.value, time: form.elements.time.value,
                days: days(), dayOfMonth: Number(form.elements.dayOfMonth.value) || 1});
        }

        /** Shows the fields of the chosen frequency only. */
        function showScheduleFields() {
            var f = frequency.value;
            document.querySelectorAll('[data-schedule]').forEach(function (field) {
                field.hidden = field.getAttribute('data-schedule').split(' ').indexOf(f) < 0;
            });
            preview();
        }

        function setSchedule(schedule) {
            var parts = schedule ? UC.parseCron(schedule.cron) : null;
            frequency.value = !schedule ? '' : (parts ? parts.frequency : 'custom');
            form.elements.time.value = parts ? parts.time : '03:00';
            form.elements.dayOfMonth.value = parts && parts.dayOfMonth ? parts.dayOfMonth : 1;
            var chosen = parts && parts.days ? parts.days : ['MON'];
            document.querySelectorAll('#cleanup-days input').forEach(function (b) { b.checked = chosen.indexOf(b.value) >= 0; });
            form.elements.cron.value = schedule ? schedule.cron : '';
            UC.fillTimeZones(zone, schedule ? schedule.timeZone : UC.browserZone());
            showScheduleFields();
        }

        var previewTimer = null;
        /** The next runs of the schedule, from the server, in the schedule's zone with the zone named. */
        function preview() {
            clearTimeout(previewTimer);
            previewTimer = setTimeout(function () {
                var box = document.getElementById('cleanup-next-runs');
                var slot = UC.errorSlot(form, 'schedule.cron');
                box.textContent = '';
                slot.textContent = '';
                var expression = cron();
                if (!frequency.value || !expression) {
                    return;
                }
                var timeZone = zone.value;
                UC.api('GET', '/schedule-preview?cron=' + encodeURIComponent(expression) + '&timeZone='
                        + encodeURIComponent(timeZone)).then(function (times) {
                    box.appendChild(el('h4', {text: t('user-cleanup.cleanups.schedule.next', UC.describeSchedule(
                        {cron: expression, timeZone: timeZone}))}));
                    box.appendChild(times.length ? el('ul', {}, times.map(function (time) {
                        return el('li', {text: UC.formatInZone(time, timeZone)});
                    })) : el('p', {text: t('user-cleanup.cleanups.schedule.never')}));
                }, function (e) {
                    (e.errors || []).forEach(function (error) {
                        var target = UC.errorSlot(form, error.field || 'schedule.cron');
                        if (target) {
                            target.textContent = error.message;
                        }
                    });
                });
            }, 250);
        }

        // --------------------------------------------------------------------------- open, save

        function open(cleanup) {
            editing = cleanup;
            UC.clearErrors(form);
            document.getElementById('cleanup-dialog-title').textContent =
                t(cleanup ? 'user-cleanup.cleanups.dialog.edit' : 'user-cleanup.cleanups.dialog.create');
            var c = cleanup || {name: '', groups: [], applications: [], inactiveDays: 90,
                neverLoggedIn: {include: false, createdMoreThanDays: 30}, excludeGroups: [], excludeUsers: [],
                action: 'REMOVE_FROM_GROUPS', idpId: page.idps.length ? page.idps[0].id : null, schedule: null, enabled: true};
            form.elements.name.value = c.name;
            targets.set(c.groups);
            excluded.set(c.excludeGroups);
            fillApplications(c.applications);
            form.elements.inactiveDays.value = c.inactiveDays;
            form.elements.neverLoggedInInclude.checked = c.neverLoggedIn.include;
            form.elements.createdMoreThanDays.value = c.neverLoggedIn.createdMoreThanDays;
            form.elements.excludeUsers.value = c.excludeUsers.join('\n');
            UC.setRadio(form, 'action', c.action);
            fillIdps(c.idpId);
            form.elements.enabled.checked = c.enabled;
            setSchedule(c.schedule);
            unknownUsers = [];
            updateWarnings();
            checkUsernames();
            UC.openDialog('cleanup-dialog', '#cleanup-name');
        }

        function body() {
            var days = function (value) { return value.trim() === '' ? null : Number(value); };
            return {
                name: form.elements.name.value,
                enabled: form.elements.enabled.checked,
                groups: targets.values(),
                applications: selectedApplications(),
                inactiveDays: days(form.elements.inactiveDays.value),
                neverLoggedIn: {include: form.elements.neverLoggedInInclude.checked,
                    createdMoreThanDays: days(form.elements.createdMoreThanDays.value)},
                excludeGroups: excluded.values(),
                excludeUsers: excludedUsernames(),
                action: UC.radioValue(form, 'action'),
                idpId: form.elements.idpId.value ? Number(form.elements.idpId.value) : null,
                schedule: frequency.value ? {cron: cron(), timeZone: zone.value} : null
            };
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var call = editing ? UC.api('PUT', '/cleanups/' + editing.id, body()) : UC.api('POST', '/cleanups', body());
            call.then(function (saved) {
                UC.dialog('cleanup-dialog').hide();
                UC.message('success', t('user-cleanup.cleanups.saved', saved.name));
                page.refresh();
            }, function (e) {
                UC.showErrors(form, e);
            });
        });
        frequency.addEventListener('change', function () {
            if (frequency.value === 'custom' && !form.elements.cron.value.trim()) {
                form.elements.cron.value = UC.buildCron({frequency: 'daily', time: form.elements.time.value});
            }
            showScheduleFields();
        });
        [form.elements.cron, form.elements.time, form.elements.dayOfMonth, zone].forEach(function (input) {
            input.addEventListener('input', preview);
            input.addEventListener('change', preview);
        });
        document.querySelectorAll('#cleanup-days input').forEach(function (b) { b.addEventListener('change', preview); });
        form.elements.idpId.addEventListener('change', updateWarnings);
        form.querySelectorAll('input[name="action"]').forEach(function (r) { r.addEventListener('change', updateWarnings); });
        targets.onChange(updateWarnings);
        form.elements.excludeUsers.addEventListener('input', checkUsernames);

        return {open: open};
    };
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
