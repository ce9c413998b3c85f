/**
 * Settings: the forum's name, issue categories, users, backups and restore, storage, demo
 * data, this copy's details and the activity log. Everyone but the committee opens it for
 * their own language; the forum's settings are the administrator's, each panel shown only
 * to a role that may use it (shared/security/roles.ts).
 */
import { useTranslation } from 'react-i18next';
import { useCan } from '../../security/permissions';
import { LockPanel } from '../access/LockPanel';
import { UsersPanel } from '../access/users/UsersPanel';
import { BackupsPanel } from '../backups/BackupsPanel';
import { RestorePanel } from '../backups/RestorePanel';
import { StoragePanel } from '../backups/StoragePanel';
import { AuditLogViewer } from '../privacy/AuditLogViewer';
import { RestrictedRecordsPanel } from '../privacy/RestrictedRecordsPanel';
import { RetentionPanel } from '../privacy/RetentionPanel';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { AppInfoPanel } from './AppInfoPanel';
import { ClosuresPanel } from './ClosuresPanel';
import { DemoDataPanel } from './DemoDataPanel';
import { ForumNameForm } from './ForumNameForm';
import { IssueCategoriesPanel } from './IssueCategoriesPanel';
import { LanguagePanel } from './LanguagePanel';
import { RecordsNeedingAttentionPanel } from './RecordsNeedingAttentionPanel';
import { ReportRulesPanel } from './ReportRulesPanel';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const forum = useCan('settings.write');
  const users = useCan('users.manage');
  const backups = useCan('backups.manage');
  const erasure = useCan('rights.erase');
  const audit = useCan('audit.read');
  // Whoever may lift a restriction (front desk, adviser, administrator) needs a way to a restricted person's page.
  const restrictions = useCan('consent.record');
  return (
    <>
      <PageHeader title={t('screen.title')} lede={t('screen.lede')} />
      {forum ? (
        <div className="grid-2">
          <Panel title={t('screen.yourForum')}>
            <ForumNameForm />
          </Panel>
          <AppInfoPanel />
        </div>
      ) : null}
      <LanguagePanel />
      {forum ? null : <AppInfoPanel />}
      {users ? <UsersPanel /> : null}
      {forum ? (
        <>
          <LockPanel />
          <div className="grid-2">
            <IssueCategoriesPanel />
            <ReportRulesPanel />
          </div>
        </>
      ) : null}
      {backups ? (
        <>
          <div className="grid-2">
            <BackupsPanel />
            <RestorePanel />
          </div>
          <StoragePanel />
        </>
      ) : null}
      {forum ? (
        <>
          <RecordsNeedingAttentionPanel />
          <ClosuresPanel />
          <DemoDataPanel />
        </>
      ) : null}
      {restrictions ? <RestrictedRecordsPanel /> : null}
      {erasure ? <RetentionPanel /> : null}
      {audit ? <AuditLogViewer /> : null}
    </>
  );
}
