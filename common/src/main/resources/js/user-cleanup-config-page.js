/*
 * The identity provider page: the list (with the cleanups that use each provider), the form
 * (with its own group picker and a warning before saving a provider that syncs nothing) and
 * deleting.
 */
(function (UC) {
    'use strict';

    var el = UC.el;
    var t = UC.t;

    UC.configPage = function () {
        var form = document.getElementById('idp-form');
        var groups = UC.groupPicker(document.getElementById('idp-groups-picker'));
        var editing = null;
        var cleanups = [];

        function usedBy(idp) {
            var names = cleanups.filter(function (c) { return c.idpId === idp.id; }).map(function (c) { return c.name; });
            return names.length ? names.join(', ') : t('user-cleanup.config.unused');
        }

        function render(idps) {
            var list = document.getElementById('idp-list');
            list.textContent = '';
            if (!idps.length) {
                list.appendChild(el('p', {text: t('user-cleanup.config.empty')}));
                return;
            }
            var names = {};
            UC.directory.directories.forEach(function (d) { names[d.id] = d.name; });
            list.appendChild(UC.table([t('user-cleanup.common.name'), t('user-cleanup.config.column.type'),
                t('user-cleanup.config.column.provisioning'), t('user-cleanup.config.column.directories'),
                t('user-cleanup.config.column.groups'), t('user-cleanup.config.column.identifier'),
                t('user-cleanup.config.column.template'), t('user-cleanup.config.column.cleanups'),
                t('user-cleanup.common.actions')], idps.map(function (idp) {
                return el('tr', {'data-idp': idp.name}, [
                    el('td', {text: idp.name}),
                    el('td', {text: t('user-cleanup.config.type.' + idp.type)}),
                    el('td', {}, [UC.lozenge(idp.provisioningEnabled ? t('user-cleanup.config.on') : t('user-cleanup.config.off'),
                        idp.provisioningEnabled ? 'success' : '')]),
                    el('td', {text: idp.directoryIds.map(function (id) { return names[id] || id; }).join(', ')}),
                    el('td', {text: idp.groups.join(', ')}),
                    el('td', {text: t('user-cleanup.config.identifier.' + idp.identifier)}),
                    el('td', {text: t('user-cleanup.config.template.' + idp.csvTemplate)}),
                    el('td', {className: 'idp-cleanups', text: usedBy(idp)}),
                    el('td', {className: 'user-cleanup-actions'}, [
                        UC.button(t('user-cleanup.common.edit'), function () { open(idp); }, 'idp-edit'),
                        UC.button(t('user-cleanup.common.delete'), function () { remove(idp); }, 'idp-delete')
                    ])
                ]);
            })));
        }

        function refresh() {
            return Promise.all([UC.api('GET', '/idps'), UC.api('GET', '/cleanups')]).then(function (answers) {
                cleanups = answers[1];
                render(answers[0]);
            }, function (e) {
                document.getElementById('idp-list').textContent = t('user-cleanup.common.error', UC.errorText(e));
            });
        }

        function checkedDirectories() {
            return Array.prototype.filter.call(document.querySelectorAll('#idp-directories input'),
                function (b) { return b.checked; }).map(function (b) { return Number(b.value); });
        }

        /** Warns, before saving, of a provider that syncs nothing: no directory and no group. */
        function updateWarning() {
            var warning = document.getElementById('idp-warning');
            var empty = form.elements.provisioningEnabled.checked && !checkedDirectories().length && !groups.values().length;
            warning.textContent = empty ? t('user-cleanup.config.warning.nothing') : '';
            warning.hidden = !empty;
        }

        function open(idp) {
            editing = idp;
            UC.clearErrors(form);
            document.getElementById('idp-dialog-title').textContent =
                t(idp ? 'user-cleanup.config.dialog.edit' : 'user-cleanup.config.dialog.create');
            form.elements.name.value = idp ? idp.name : '';
            form.elements.type.value = idp ? idp.type : 'ENTRA_ID';
            form.elements.provisioningEnabled.checked = idp ? idp.provisioningEnabled : true;
            var directories = document.getElementById('idp-directories');
            directories.textContent = '';
            UC.directory.directories.forEach(function (d) {
                var id = 'idp-directory-' + d.id;
                var box = el('input', {className: 'checkbox', type: 'checkbox', id: id, value: String(d.id)});
                box.checked = !!idp && idp.directoryIds.indexOf(d.id) >= 0;
                box.addEventListener('change', updateWarning);
                directories.appendChild(el('div', {className: 'checkbox'}, [box,
                    el('label', {'for': id, text: d.name + ' (' + d.type + (d.readOnly ? ', ' + t('user-cleanup.config.readonly') : '') + ')'})]));
            });
            groups.set(idp ? idp.groups : []);
            UC.setRadio(form, 'identifier', idp ? idp.identifier : 'EMAIL');
            UC.setRadio(form, 'csvTemplate', idp ? idp.csvTemplate : 'CURRENT');
            updateWarning();
            UC.openDialog('idp-dialog', '#idp-name');
        }

        function remove(idp) {
            UC.confirm({title: t('user-cleanup.config.delete.title'), text: t('user-cleanup.config.delete.confirm', idp.name),
                yes: t('user-cleanup.common.delete'), danger: true, onYes: function () {
                    return UC.api('DELETE', '/idps/' + idp.id).then(function () {
                        UC.message('success', t('user-cleanup.config.deleted', idp.name));
                        return refresh();
                    });
                }});
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {
                name: form.elements.name.value,
                type: form.elements.type.value,
                provisioningEnabled: form.elements.provisioningEnabled.checked,
                directoryIds: checkedDirectories(),
                groups: groups.values(),
                identifier: UC.radioValue(form, 'identifier'),
                csvTemplate: UC.radioValue(form, 'csvTemplate')
            };
            var call = editing ? UC.api('PUT', '/idps/' + editing.id, body) : UC.api('POST', '/idps', body);
            call.then(function (saved) {
                UC.dialog('idp-dialog').hide();
                UC.message('success', t('user-cleanup.config.saved', saved.name));
                refresh();
            }, function (e) {
                UC.showErrors(form, e);
            });
        });
        groups.onChange(updateWarning);
        form.elements.provisioningEnabled.addEventListener('change', updateWarning);

        document.getElementById('idp-add').addEventListener('click', function () { open(null); });
        // The form's pickers need the directory: it can be opened once that is loaded.
        UC.loadDirectory().then(function () {
            document.getElementById('idp-add').disabled = false;
            return refresh();
        }, function (e) {
            document.getElementById('idp-list').textContent = t('user-cleanup.common.error', UC.errorText(e));
        });
    };
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
