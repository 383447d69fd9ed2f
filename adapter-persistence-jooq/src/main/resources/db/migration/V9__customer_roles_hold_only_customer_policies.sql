-- A customer role may hold only portal/login and, limited to own_company, the permissions of the customer modules
-- (CustomerPolicies in the domain). Roles stored before that rule may hold more, such as user/create or an
-- unlimited policy, which any company admin could hand to a member: those policies are removed, and each role
-- that loses one gets a new version, so that every server reads it again and an edit from the old one is stale.
update roles set version = version + 1
where audience = 'CUSTOMER'
  and exists (select 1 from role_policies
              where role_policies.role_identifier = roles.identifier
                and not (role_policies.permission = 'portal/login'
                         or role_policies.permission in ('company/view', 'member/view', 'member/edit',
                                'member/remove', 'invitation/view', 'invitation/create', 'invitation/manage',
                                'address/view', 'address/edit', 'order/view', 'order/create', 'history/view')
                            and role_policies.limitations in ('own_company', 'own_company,represented_companies')));

delete from role_policies
where exists (select 1 from roles
              where roles.identifier = role_policies.role_identifier and roles.audience = 'CUSTOMER')
  and not (role_policies.permission = 'portal/login'
           or role_policies.permission in ('company/view', 'member/view', 'member/edit', 'member/remove',
                  'invitation/view', 'invitation/create', 'invitation/manage', 'address/view', 'address/edit',
                  'order/view', 'order/create', 'history/view')
              and role_policies.limitations in ('own_company', 'own_company,represented_companies'));
